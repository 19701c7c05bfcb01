import { describe, expect, it } from 'vitest';
import { CommandStack } from '../../kernel/command-stack';
import type { ChainDocument } from '../../chains/document/chain-document';
import { sampleModel } from '../model/test-items';
import { planKeyboardMove, type KeyboardMove } from './keyboard-moves';

function given() {
  const doc: ChainDocument = { recipe: { code: 'YL-T', name: 't', subject: '法人', matters: [], situations: [] }, decisions: {}, form: sampleModel() };
  const stack = new CommandStack<ChainDocument>(() => doc);
  const press = (path: string[], direction: KeyboardMove) => {
    const plan = planKeyboardMove(doc.form!, path, direction);
    if (plan.ok) stack.execute(plan.command);
    return plan.ok ? plan.path : plan.reason;
  };
  return { doc, stack, press };
}

describe('keyboard moves', () => {
  it('moves an item up and down among its siblings, refusing past the ends', () => {
    const { doc, press } = given();
    expect(press(['s1', 'b'], 'up')).toEqual(['s1', 'b']);
    expect(doc.form!.items[0]!.children.map((i) => i.name)).toEqual(['b', 'a']);
    expect(press(['s1', 'b'], 'up')).toBe('atStart');
    expect(press(['s1', 'a'], 'down')).toBe('atEnd');
    expect(press(['s1', 'b'], 'down')).toEqual(['s1', 'b']);
    expect(doc.form!.items[0]!.children.map((i) => i.name)).toEqual(['a', 'b']);
  });

  it('moves into the container above (a Steps block: its last step) and out again', () => {
    const { doc, stack, press } = given();
    // when s2 (a section after s1) goes into s1, then back out
    expect(press(['s2'], 'into')).toEqual(['s1', 's2']);
    expect(press(['s1', 's2'], 'out')).toEqual(['s2']);
    expect(doc.form!.items.map((i) => i.name)).toEqual(['s1', 's2', 'rows', 'w']);
    // when a field right below the Steps block moves into it, it lands in the last step
    doc.form!.items.push({ name: 'z', props: { type: 'string', 'x-component': 'text' }, children: [] });
    expect(press(['z'], 'into')).toEqual(['w', 'p1', 'z']);
    // and out of a step means out of the Steps block
    expect(press(['w', 'p1', 'z'], 'out')).toEqual(['z']);
    expect(stack.history).toEqual(['form.move', 'form.move', 'form.move', 'form.move']);
  });

  it('refuses into a field and out of the top level', () => {
    const { press } = given();
    expect(press(['s1', 'b'], 'into')).toBe('noContainerAbove');
    expect(press(['s1'], 'out')).toBe('atTop');
    expect(press(['rows', 'col'], 'out')).toEqual(['col']);
  });
});
