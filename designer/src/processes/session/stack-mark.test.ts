import { describe, expect, it } from 'vitest';
import { isAt, markOf, type StackLike } from './stack-mark';

describe('stack mark', () => {
  it('is clean at the mark, dirty after an edit, clean again after undoing it, dirty after diverging', () => {
    // given a stack with one action, marked as saved
    const a = { id: 1 };
    const stack: StackLike & { _stack: unknown[] } = { _stack: [a], _stackIdx: 0 };
    const saved = markOf(stack);
    expect(isAt(stack, saved)).toBe(true);
    // when an action is executed, then it is dirty
    stack._stack.push({ id: 2 });
    stack._stackIdx = 1;
    expect(isAt(stack, saved)).toBe(false);
    // when undone, then clean again
    stack._stackIdx = 0;
    expect(isAt(stack, saved)).toBe(true);
    // when the saved action is undone and another executed at its index, then dirty
    stack._stackIdx = -1;
    stack._stack.splice(0, 2, { id: 3 });
    stack._stackIdx = 0;
    expect(isAt(stack, saved)).toBe(false);
  });
});
