/**
 * Where bpmn-js's command stack stands, to tell whether the drawing differs from the saved one: the
 * stack index and the action at it. Undoing back to the saved point is clean again; undoing and then
 * doing something else puts a different action at that index, which is dirty.
 */
export interface StackLike {
  _stack: readonly unknown[];
  _stackIdx: number;
}

export interface StackMark {
  index: number;
  top: unknown;
}

/** The stack's current position. */
export const markOf = (stack: StackLike): StackMark => ({ index: stack._stackIdx, top: stack._stack[stack._stackIdx] });

/** True when the stack is where `mark` was taken. */
export const isAt = (stack: StackLike, mark: StackMark): boolean => stack._stackIdx === mark.index && stack._stack[stack._stackIdx] === mark.top;
