import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { jsonResponse } from '../../testing/fetch-stub';
import { AUTOSAVE_DELAY_MS } from '../session/use-form-autosave';
import { formServer, generatedSchema, mountFormTab, savedForm, schemaWithout, tid, unmountAll } from '../form-tab.test-support';

describe('FormProblems', () => {
  afterEach(() => {
    unmountAll();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists a rule over an unknown key and an unplaced required field; a click goes to each', async () => {
    // given a saved form whose legal representative has a rule over an unknown key, and without contact.name
    const schema = schemaWithout('contact.name');
    schema.properties.section_common!.properties!['legalRep.name']!['x-reactions'] = [{ when: '{{ nobody = 1 }}', fulfill: { state: { visible: true } } }];
    formServer(() => savedForm(schema));
    const { wrapper } = await mountFormTab();
    // when the unknown key's problem is clicked
    const unknown = wrapper.get(tid('form-problem-unknown_key'));
    expect(unknown.text()).toContain('nobody');
    await unknown.trigger('click');
    await flushPromises();
    // then its field is selected and focused
    expect(wrapper.get(tid('form-row-section_common/legalRep.name')).attributes('aria-selected')).toBe('true');
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe('section_common/legalRep.name');
    // when the unplaced field's problem is clicked, the palette's add button takes the focus
    await wrapper.get(`${tid('form-problem-unplaced_required')}[data-path="contact.name"]`).trigger('click');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('palette-unplaced-contact.name-add');
  });

  it('shows what the server refused (400) and saves again on the next edit', async () => {
    // given a server that refuses the first save
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let refuse = true;
    const seen = formServer(() => savedForm(generatedSchema()), (request) => refuse
      ? jsonResponse({ error: { code: 'invalid_form', message: '表单无效', path: 'schema.properties.section_common', details: [{ path: 'schema.properties.section_common', message: '分组无效' }] } }, 400)
      : jsonResponse(savedForm((request.body as { schema: never }).schema, 4)));
    const { wrapper, store } = await mountFormTab();
    // when an edit is autosaved
    await wrapper.get(tid('palette-type-text-add')).trigger('click');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    // then the refusal and its problem are shown, and the edit stays unsaved
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('invalid');
    expect(wrapper.get(tid('form-save-error')).text()).toContain('表单无效');
    expect(wrapper.get(tid('form-server-problems')).text()).toContain('分组无效');
    expect(store.dirty).toBe(true);
    // when the next edit comes and the server accepts it
    refuse = false;
    await wrapper.get(tid('palette-type-mobile-add')).trigger('click');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await flushPromises();
    // then it is saved, the problems gone
    expect(seen.filter((r) => r.method === 'PUT')).toHaveLength(2);
    expect(wrapper.get(tid('form-save-state')).attributes('data-state')).toBe('saved');
    expect(wrapper.find(tid('form-server-problems')).exists()).toBe(false);
  });
});
