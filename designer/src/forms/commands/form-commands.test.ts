import { describe, expect, it } from 'vitest';
import { CommandStack } from '../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../../chains/document/chain-document';
import type { FormItem } from '../model/form-model';
import { insertItem, mergeFields, moveItem, removeItem, renameItem, replaceForm, updateItem } from '.';

const field = (name: string, title = name): FormItem => ({ name, props: { type: 'string', title, 'x-component': 'text' }, children: [] });
const section = (name: string, children: FormItem[]): FormItem => ({ name, props: { type: 'void', 'x-component': 'Section', title: name }, children });

function given(): { doc: ChainDocument; stack: CommandStack<ChainDocument> } {
  const doc: ChainDocument = {
    recipe: { code: 'YL-T', name: 't', subject: '法人', matters: ['m1'], situations: [] },
    decisions: {},
    form: { items: [section('s1', [field('legalRep.name', '法定代表人'), field('enterprise.legalPersonName', '法人姓名')]), section('s2', [field('a')])] },
  };
  return { doc, stack: new CommandStack(() => doc) };
}

describe('form commands', () => {
  it('each edit reverts exactly (undo) and applies again (redo)', () => {
    // given
    const { doc, stack } = given();
    const start = cloneJson(doc);
    // when a series of edits is applied
    expect(stack.execute(insertItem(['s2'], 0, field('b')))).toBe(true);
    expect(stack.execute(moveItem(['s1', 'legalRep.name'], ['s2'], 1))).toBe(true);
    expect(stack.execute(updateItem(['s2', 'a'], { title: 'A', required: true }))).toBe(true);
    expect(stack.execute(renameItem(['s2'], 'section2'))).toBe(true);
    expect(stack.execute(removeItem(['s1']))).toBe(true);
    const end = cloneJson(doc);
    expect(end.form!.items.map((i) => i.name)).toEqual(['section2']);
    expect(end.form!.items[0]!.children.map((i) => i.name)).toEqual(['b', 'legalRep.name', 'a']);
    // then undo everything restores the start, redo everything the end
    while (stack.undo());
    expect(doc).toEqual(start);
    while (stack.redo());
    expect(doc).toEqual(end);
  });

  it('refuses edits that would break the form: duplicate names, moving into itself, no-ops', () => {
    const { stack } = given();
    expect(stack.execute(insertItem(['s2'], 0, field('a')))).toBe(false);
    expect(stack.execute(renameItem(['s2', 'a'], 'a'))).toBe(false);
    expect(stack.execute(moveItem(['s1'], ['s1'], 0))).toBe(false);
    expect(stack.execute(updateItem(['s2', 'a'], { title: 'a' }))).toBe(false);
    expect(stack.execute(removeItem(['nope']))).toBe(false);
    expect(stack.canUndo).toBe(false);
  });

  it('merging two fields by dragging records an accepted merge suggestion and undoes both', () => {
    // given
    const { doc, stack } = given();
    // when the second field is dropped onto the first
    stack.execute(mergeFields(['s1', 'enterprise.legalPersonName'], ['s1', 'legalRep.name']));
    // then the source is gone and the decision is the same as accepting the suggestion
    expect(doc.form!.items[0]!.children.map((i) => i.name)).toEqual(['legalRep.name']);
    expect(doc.decisions.suggestions).toEqual([{ keys: ['legalRep.name', 'enterprise.legalPersonName'], accepted: true }]);
    // and one undo restores both
    stack.undo();
    expect(doc.form!.items[0]!.children).toHaveLength(2);
    expect(doc.decisions.suggestions).toBeUndefined();
  });

  it('replaces the whole form and restores the previous one', () => {
    const { doc, stack } = given();
    const before = cloneJson(doc.form);
    stack.execute(replaceForm({ items: [field('x')] }));
    expect(doc.form!.items.map((i) => i.name)).toEqual(['x']);
    stack.undo();
    expect(doc.form).toEqual(before);
  });
});
