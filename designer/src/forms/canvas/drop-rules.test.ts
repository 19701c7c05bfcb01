import { describe, expect, it } from 'vitest';
import { CommandStack } from '../../kernel/command-stack';
import type { ChainDocument } from '../../chains/document/chain-document';
import { field, sampleModel, section, step } from '../model/test-items';
import { layoutItem } from '../model/new-items';
import { planDrop, type DragSource, type DropTarget } from './drop-rules';

function given() {
  const doc: ChainDocument = { recipe: { code: 'YL-T', name: 't', subject: '法人', matters: [], situations: [] }, decisions: {}, form: sampleModel() };
  const stack = new CommandStack<ChainDocument>(() => doc);
  const drop = (source: DragSource, target: DropTarget) => {
    const plan = planDrop(doc.form!, source, target);
    if (plan.ok) stack.execute(plan.command);
    return plan;
  };
  const names = (path: string[] = []) => (path.length === 0 ? doc.form!.items : path.reduce((list, n) => { const item = list.find((i) => i.name === n)!; return item.columns ?? item.children; }, doc.form!.items)).map((i) => i.name);
  return { doc, stack, drop, names };
}
const item = (...path: string[]): DragSource => ({ kind: 'item', path });

describe('drop rules', () => {
  it('reorders within a list (before/after) and moves into another section', () => {
    const { drop, names } = given();
    // when b goes before a, then c into s1's end
    expect(drop(item('s1', 'b'), { path: ['s1', 'a'], zone: 'before' })).toMatchObject({ ok: true, action: 'move', path: ['s1', 'b'] });
    expect(drop(item('s2', 'c'), { path: ['s1'], zone: 'inside' })).toMatchObject({ ok: true, path: ['s1', 'c'] });
    // then
    expect(names(['s1'])).toEqual(['b', 'a', 'c']);
    expect(names(['s2'])).toEqual([]);
  });

  it('moves down past the next item (index after removal)', () => {
    const { drop, names } = given();
    expect(drop(item('s1', 'a'), { path: ['s1', 'b'], zone: 'after' }).ok).toBe(true);
    expect(names(['s1'])).toEqual(['b', 'a']);
  });

  it('inserts a new palette item, and a new item dropped onto a field lands after it', () => {
    const { drop, names } = given();
    expect(drop({ kind: 'new', item: field('x') }, { path: ['s2', 'c'], zone: 'inside' })).toMatchObject({ ok: true, action: 'insert', path: ['s2', 'x'] });
    expect(names(['s2'])).toEqual(['c', 'x']);
  });

  it('merges a field dropped onto another field, recording the decision', () => {
    const { doc, drop, names } = given();
    expect(drop(item('s2', 'c'), { path: ['s1', 'a'], zone: 'inside' })).toMatchObject({ ok: true, action: 'merge', path: ['s1', 'a'] });
    expect(names(['s2'])).toEqual([]);
    expect(doc.decisions.suggestions).toEqual([{ keys: ['a', 'c'], accepted: true }]);
  });

  it('nests fields into tables as columns and refuses layouts there', () => {
    const { drop, names } = given();
    expect(drop(item('s1', 'a'), { path: ['rows'], zone: 'inside' }).ok).toBe(true);
    expect(names(['rows'])).toEqual(['col', 'a']);
    expect(drop(item('s2'), { path: ['rows'], zone: 'inside' })).toEqual({ ok: false, reason: 'columnKind' });
    expect(drop(item('rows', 'col'), { path: ['s1', 'b'], zone: 'inside' })).toEqual({ ok: false, reason: 'mergeKind' });
  });

  it('refuses drops that would break the form, changing nothing', () => {
    const { doc, stack, drop } = given();
    doc.form!.items[0]!.children.push(section('inner'));
    const refusals = [
      drop(item('s1'), { path: ['s1', 'inner'], zone: 'inside' }),
      drop(item('s1', 'a'), { path: ['w'], zone: 'inside' }),
      drop({ kind: 'new', item: step('p2') }, { path: ['s1'], zone: 'inside' }),
      drop({ kind: 'new', item: field('c') }, { path: ['s1'], zone: 'inside' }),
      drop({ kind: 'new', item: section('s2') }, { path: [], zone: 'inside' }),
      drop(item('s1', 'a'), { path: ['s1', 'a'], zone: 'before' }),
      drop(item('s1', 'a'), { path: ['nope'], zone: 'before' }),
    ];
    expect(refusals.map((p) => (p.ok ? 'ok' : p.reason))).toEqual(['intoItself', 'onlySteps', 'stepOutsideSteps', 'keyTaken', 'nameTaken', 'noop', 'missing']);
    expect(stack.canUndo).toBe(false);
  });

  it('accepts a new Steps block at the root and a step into it', () => {
    const { drop, names } = given();
    expect(drop({ kind: 'new', item: layoutItem('Steps', '分步', new Set()) }, { path: [], zone: 'inside' }).ok).toBe(true);
    expect(drop({ kind: 'new', item: step('p2') }, { path: ['w'], zone: 'inside' }).ok).toBe(true);
    expect(names()).toEqual(['s1', 's2', 'rows', 'w', 'steps1']);
    expect(names(['w'])).toEqual(['p1', 'p2']);
  });
});
