import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { jsonResponse } from '../testing/fetch-stub';
import { modelToSchema } from './model/form-model';
import { AUTOSAVE_DELAY_MS } from './session/use-form-autosave';
import { formServer, generatedSchema, mountFormTab, savedForm, schemaWithout, tid, unmountAll, wire } from './form-tab.test-support';

describe('FormDesignerTab', () => {
  afterEach(() => {
    unmountAll();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('opens the generated form without marking it dirty, saving it or adding an undo step', async () => {
    // given a chain whose form was never saved
    const seen = formServer(() => ({ schema: wire(generatedSchema()), revision: 0, generated: true, unplaced: [], problems: [] }));
    // when the tab opens
    const { wrapper, doc, store } = await mountFormTab();
    // then the generated sections are on the canvas, marked as generated and saved
    expect(wrapper.find(tid('form-row-section_common')).exists()).toBe(true);
    expect(wrapper.find(tid('form-generated')).exists()).toBe(true);
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('saved');
    expect(store.dirty).toBe(false);
    expect(doc.canUndo).toBe(false);
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('lists the merged fields not yet placed in the palette and as problems', async () => {
    // given a saved form missing two required fields
    formServer(() => savedForm(schemaWithout('contact.name', 'legalRep.mobile')));
    // when
    const { wrapper } = await mountFormTab();
    // then the palette's first group lists exactly them
    const unplaced = wrapper.findAll('[data-testid^="palette-unplaced-"][draggable]');
    expect(unplaced.map((e) => e.attributes('data-testid'))).toEqual(['palette-unplaced-legalRep.mobile', 'palette-unplaced-contact.name']);
    // and the problems panel blocks publishing for them
    expect(wrapper.findAll(tid('form-problem-unplaced_required')).map((e) => e.attributes('data-path'))).toEqual(['legalRep.mobile', 'contact.name']);
  });

  it('adds a field from the palette as one command; undo removes it', async () => {
    // given
    formServer(() => savedForm(schemaWithout('contact.name')));
    const { wrapper, doc } = await mountFormTab();
    // when the unplaced field's + is pressed with nothing selected
    await wrapper.get(tid('palette-unplaced-contact.name-add')).trigger('click');
    // then it is placed at the end, selected, and the palette no longer lists it
    expect(doc.history).toEqual(['form.insert']);
    expect(wrapper.get(tid('form-row-contact.name')).attributes('aria-selected')).toBe('true');
    expect(wrapper.find(tid('palette-unplaced-contact.name')).exists()).toBe(false);
    // when undoing
    await flushPromises();
    doc.undo();
    await flushPromises();
    // then it is gone again
    expect(wrapper.find(tid('form-row-contact.name')).exists()).toBe(false);
    expect(wrapper.find(tid('palette-unplaced-contact.name')).exists()).toBe(true);
  });

  it('autosaves after the quiet time with the revision; a stale revision stops autosave and offers reload', async () => {
    // given a saved form (revision 3) and a server that someone else will save to
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let stale = false;
    const theirs = schemaWithout('contact.name', 'contact.mobile');
    const seen = formServer(
      () => (stale ? savedForm(theirs, 9) : savedForm(schemaWithout('contact.name'))),
      (request) => (stale ? jsonResponse({ error: { code: 'stale_revision', message: '表单已被他人修改' } }, 409) : jsonResponse(savedForm((request.body as { schema: never }).schema, 4))),
    );
    const { wrapper, doc, store } = await mountFormTab();
    const puts = () => seen.filter((r) => r.method === 'PUT');
    // when a field is added
    await wrapper.get(tid('palette-unplaced-contact.name-add')).trigger('click');
    // then it is marked unsaved and nothing is sent before the quiet time is over
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(puts()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    // then one PUT carries the whole schema and the loaded revision
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toEqual({ schema: modelToSchema(doc.document.form!), revision: 3 });
    expect(store.revision).toBe(4);
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('saved');
    // when someone else saved meanwhile and the next edit is saved
    stale = true;
    doc.undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    // then the author is told, and further edits are not sent
    expect(wrapper.get(tid('form-conflict')).text()).toContain('表单已被他人修改');
    doc.redo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(puts()).toHaveLength(2);
    // when reloading
    await wrapper.get(tid('form-conflict-reload')).trigger('click');
    await flushPromises();
    // then the latest form is in the document as one undoable command, clean, at the server's revision
    expect(modelToSchema(doc.document.form!)).toEqual(theirs);
    expect(doc.history.at(-1)).toBe('form.replace');
    expect(store.revision).toBe(9);
    expect(store.dirty).toBe(false);
    expect(wrapper.find(tid('form-conflict')).exists()).toBe(false);
  });

  it('an edit undone before the quiet time is over leaves the form saved: nothing pending, nothing sent', async () => {
    // given a saved form
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen = formServer(() => savedForm(schemaWithout('contact.name')));
    const { wrapper, doc, store } = await mountFormTab();
    // when a field is added, then undone at once
    await wrapper.get(tid('palette-unplaced-contact.name-add')).trigger('click');
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('pending');
    doc.undo();
    await flushPromises();
    // then the form is the saved one again and says so
    expect(store.dirty).toBe(false);
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('saved');
    // and no save is sent after the quiet time
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    await flushPromises();
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('saved');
  });

  it('refuses to import a schema with JavaScript in an expression, naming the path', async () => {
    // given
    formServer(() => savedForm(generatedSchema()));
    const { wrapper, doc } = await mountFormTab();
    const bad = { type: 'object', properties: { a: { type: 'string', 'x-component': 'text', title: "{{ fetch('//x') }}" } } };
    // when the file is chosen
    const input = wrapper.get(tid('form-import-file'));
    Object.defineProperty(input.element, 'files', { value: [new File([JSON.stringify(bad)], 'evil.json', { type: 'application/json' })], configurable: true });
    await input.trigger('change');
    await vi.waitFor(() => expect(wrapper.find(tid('form-import-problems')).exists()).toBe(true));
    // then the problem names the path and nothing changed
    expect(wrapper.get(tid('form-import-problem')).text()).toContain('properties.a.title');
    expect(doc.canUndo).toBe(false);
  });

  it('imports a valid schema file as one command', async () => {
    formServer(() => savedForm(generatedSchema()));
    const { wrapper, doc } = await mountFormTab();
    const file = schemaWithout('enterprise.name');
    const input = wrapper.get(tid('form-import-file'));
    Object.defineProperty(input.element, 'files', { value: [new File([JSON.stringify(file)], 'form.json')], configurable: true });
    await input.trigger('change');
    await vi.waitFor(() => expect(doc.history).toEqual(['form.replace']));
    expect(modelToSchema(doc.document.form!)).toEqual(file);
  });

  it('shows what regenerating would change first, then applies it as one command', async () => {
    // given a saved form missing a field and with a changed label
    const schema = schemaWithout('contact.name');
    schema.properties.section_common!.properties!['legalRep.name']!.title = '法人';
    formServer(() => savedForm(schema));
    const { wrapper, doc } = await mountFormTab();
    // when regenerate is asked for
    await wrapper.get(tid('form-regenerate')).trigger('click');
    // then the diff is shown, nothing changed yet
    expect(document.querySelector(tid('form-diff-added'))?.textContent).toContain('contact.name');
    expect(document.querySelector(tid('form-diff-changed'))?.textContent).toContain('legalRep.name');
    expect(document.querySelector(tid('form-diff-removed'))).toBeNull();
    expect(doc.canUndo).toBe(false);
    // when applied
    (document.querySelector(tid('form-regenerate-apply')) as HTMLElement).click();
    await flushPromises();
    // then the form is the generated one, in one command
    expect(modelToSchema(doc.document.form!)).toEqual(generatedSchema());
    expect(doc.history).toEqual(['form.replace']);
  });
});
