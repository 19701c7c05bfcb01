import { describe, expect, it } from 'vitest';
import { CommandStack, type Command } from './command-stack';

interface Counter {
  value: number;
}

const add = (n: number): Command<Counter> => ({
  kind: `add:${n}`,
  execute: (doc) => {
    if (n === 0) return false;
    doc.value += n;
    return true;
  },
  revert: (doc) => {
    doc.value -= n;
  },
});

function given() {
  const doc: Counter = { value: 0 };
  return { doc, stack: new CommandStack(() => doc) };
}

describe('CommandStack', () => {
  it('executes, undoes and redoes in order', () => {
    // given a stack with two executed commands
    const { doc, stack } = given();
    stack.execute(add(1));
    stack.execute(add(10));
    expect(doc.value).toBe(11);
    expect(stack.history).toEqual(['add:1', 'add:10']);
    // when undoing both
    expect(stack.undo()).toBe(true);
    expect(doc.value).toBe(1);
    expect(stack.undo()).toBe(true);
    // then the document is back at the start and nothing is left to undo
    expect(doc.value).toBe(0);
    expect(stack.canUndo).toBe(false);
    expect(stack.undo()).toBe(false);
    // when redoing
    expect(stack.redo()).toBe(true);
    expect(stack.redo()).toBe(true);
    // then both apply again
    expect(doc.value).toBe(11);
    expect(stack.canRedo).toBe(false);
  });

  it('drops the redo list on a new edit', () => {
    const { doc, stack } = given();
    stack.execute(add(1));
    stack.execute(add(2));
    stack.undo();
    // when a new command runs after an undo
    stack.execute(add(5));
    // then the undone command cannot be redone
    expect(stack.canRedo).toBe(false);
    expect(doc.value).toBe(6);
    expect(stack.history).toEqual(['add:1', 'add:5']);
  });

  it('does not record a command that changed nothing', () => {
    const { stack } = given();
    expect(stack.execute(add(0))).toBe(false);
    expect(stack.canUndo).toBe(false);
    expect(stack.position).toBe(0);
  });

  it('identifies document states by position, so undo back to a saved state is recognisable', () => {
    const { stack } = given();
    stack.execute(add(1));
    const saved = stack.position;
    stack.execute(add(2));
    expect(stack.position).not.toBe(saved);
    stack.undo();
    expect(stack.position).toBe(saved);
    stack.redo();
    expect(stack.position).not.toBe(saved);
  });
});
