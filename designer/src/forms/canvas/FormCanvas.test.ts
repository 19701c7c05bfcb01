import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { LICENCE } from '../../chains/fixtures/restaurant';
import { formServer, generatedSchema, mountFormTab, savedForm, tid, unmountAll, type Mounted } from '../form-tab.test-support';

const childNames = ({ doc }: Mounted, section: string) => doc.document.form!.items.find((i) => i.name === section)!.children.map((i) => i.name);
const rootNames = ({ doc }: Mounted) => doc.document.form!.items.map((i) => i.name);

async function press(mounted: Mounted, rowId: string, key: string, altKey = false): Promise<void> {
  await mounted.wrapper.get(tid(`form-row-${rowId}`)).trigger('keydown', { key, altKey });
  await flushPromises();
}

describe('FormCanvas', () => {
  afterEach(() => {
    unmountAll();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('moves a field with the keyboard: up, out of its section and into the section above, focus following', async () => {
    // given the generated form, legalRep.name second in the common section
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    const [first, second] = childNames(mounted, 'section_common');
    expect(second).toBe('legalRep.name');
    await mounted.wrapper.get(tid('form-row-section_common/legalRep.name')).trigger('click');
    // when Alt+ArrowUp is pressed on it
    await press(mounted, 'section_common/legalRep.name', 'ArrowUp', true);
    // then it is first, still selected and focused
    expect(childNames(mounted, 'section_common').slice(0, 2)).toEqual(['legalRep.name', first]);
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe('section_common/legalRep.name');
    // when Alt+ArrowLeft takes it out of the section
    await press(mounted, 'section_common/legalRep.name', 'ArrowLeft', true);
    expect(rootNames(mounted).slice(0, 2)).toEqual(['section_common', 'legalRep.name']);
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe('legalRep.name');
    // when Alt+ArrowRight puts it into the section above (at its end)
    await press(mounted, 'legalRep.name', 'ArrowRight', true);
    expect(childNames(mounted, 'section_common').at(-1)).toBe('legalRep.name');
    // then each move was one command, and the screen reader heard of the last
    expect(mounted.doc.history).toEqual(['form.move', 'form.move', 'form.move']);
    expect(mounted.wrapper.get(tid('form-announcement')).text()).toBe('已放入分组');
  });

  it('moves the selection with the arrows and refuses a move past the start, saying why', async () => {
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    await mounted.wrapper.get(tid('form-row-section_common')).trigger('click');
    await press(mounted, 'section_common', 'ArrowDown');
    const firstField = `section_common/${childNames(mounted, 'section_common')[0]}`;
    expect(mounted.wrapper.get(tid(`form-row-${firstField}`)).attributes('aria-selected')).toBe('true');
    await press(mounted, firstField, 'ArrowUp', true);
    expect(mounted.doc.canUndo).toBe(false);
    expect(mounted.wrapper.get(tid('form-announcement')).text()).toBe('已经是第一项');
  });

  it('moves with the selected row\'s buttons (one pointer, no drag)', async () => {
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    const [first, second] = childNames(mounted, 'section_common');
    await mounted.wrapper.get(tid(`form-row-section_common/${first}`)).trigger('click');
    await mounted.wrapper.get(`${tid(`form-row-section_common/${first}`)} ${tid('form-row-move-down')}`).trigger('click');
    expect(childNames(mounted, 'section_common').slice(0, 2)).toEqual([second, first]);
  });

  it('merges two fields when one is dropped onto the other, recording the merge decision', async () => {
    // given
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    // when contact.name is dragged onto legalRep.name (the middle of its row)
    await mounted.wrapper.get(tid('form-row-section_common/contact.name')).trigger('dragstart');
    await mounted.wrapper.get(tid('form-row-section_common/legalRep.name')).trigger('dragover');
    expect(mounted.wrapper.get(tid('form-row-section_common/legalRep.name')).classes()).toContain('is-drop-inside');
    await mounted.wrapper.get(tid('form-row-section_common/legalRep.name')).trigger('drop');
    await flushPromises();
    // then contact.name left the form and the chain accepted the pair, in one command
    expect(childNames(mounted, 'section_common')).not.toContain('contact.name');
    expect(mounted.doc.decisions.suggestions).toEqual([{ keys: ['legalRep.name', 'contact.name'], accepted: true }]);
    expect(mounted.doc.history).toEqual(['form.merge']);
    // and contact.name counts as placed (merged), not as a missing required field
    expect(mounted.wrapper.find(tid('palette-unplaced-contact.name')).exists()).toBe(false);
  });

  it('refuses an invalid drop before anything changes: a section onto a field', async () => {
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    const target = `section_common/${childNames(mounted, 'section_common')[0]}`;
    await mounted.wrapper.get(tid('form-row-section_common')).trigger('dragstart');
    await mounted.wrapper.get(tid(`form-row-${target}`)).trigger('dragover');
    expect(mounted.wrapper.get(tid(`form-row-${target}`)).classes()).toContain('is-drop-refused');
    await mounted.wrapper.get(tid(`form-row-${target}`)).trigger('drop');
    expect(mounted.doc.canUndo).toBe(false);
    expect(mounted.wrapper.get(tid('form-announcement')).text()).toBe('只能合并两个普通字段（不含布局和表格列）');
  });

  it('places a palette field dropped at the end of the form', async () => {
    formServer(() => savedForm(generatedSchema()));
    const mounted = await mountFormTab();
    await mounted.wrapper.get(tid('palette-type-mobile')).trigger('dragstart');
    await mounted.wrapper.get(tid('form-drop-end')).trigger('drop');
    expect(rootNames(mounted).at(-1)).toBe('field1');
    expect(mounted.doc.history).toEqual(['form.insert']);
  });

  it('adds a new field type into the selected table as a column, and a merged field after it', async () => {
    // given the licence's shareholders table selected, contact.name not placed
    const schema = generatedSchema();
    delete schema.properties.section_common!.properties!['contact.name'];
    formServer(() => savedForm(schema));
    const mounted = await mountFormTab();
    const section = `section_m${LICENCE}`;
    await mounted.wrapper.get(tid(`form-row-${section}/shareholders`)).trigger('click');
    // when a text field is added from the palette, then the merged contact.name
    await mounted.wrapper.get(tid('palette-type-text-add')).trigger('click');
    await mounted.wrapper.get(tid(`form-row-${section}/shareholders`)).trigger('click');
    await mounted.wrapper.get(tid('palette-unplaced-contact.name-add')).trigger('click');
    // then the text field is the table's last column and contact.name follows the table
    const table = mounted.doc.document.form!.items.find((i) => i.name === section)!.children.find((i) => i.name === 'shareholders')!;
    expect(table.columns!.at(-1)!.name).toBe('field1');
    const names = childNames(mounted, section);
    expect(names[names.indexOf('shareholders') + 1]).toBe('contact.name');
  });
});
