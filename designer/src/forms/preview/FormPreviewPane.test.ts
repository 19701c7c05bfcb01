import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { FIRE } from '../../chains/fixtures/restaurant';
import { formServer, generatedSchema, mountFormTab, savedForm, tid, unmountAll } from '../form-tab.test-support';

describe('FormPreviewPane', () => {
  afterEach(() => {
    unmountAll();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('previews at 375 px and lets the author fill as citizen to try the linkage', async () => {
    // given the generated form: the fire inspection's section shows only for premises of 300 ㎡ or more
    formServer(() => savedForm(generatedSchema()));
    const { wrapper } = await mountFormTab();
    await wrapper.get(tid('form-preview-toggle')).trigger('click');
    await flushPromises();
    const fire = `[data-section="section_m${FIRE}"]`;
    expect(wrapper.get(tid('form-renderer')).find('[data-section="section_common"]').exists()).toBe(true);
    expect(wrapper.find(fire).exists()).toBe(false);
    // when the phone width is chosen
    await wrapper.get(`${tid('form-preview-width')} input[value="mobile"]`).setValue(true);
    expect(wrapper.get(tid('form-preview-frame')).attributes('style')).toContain('width: 375px');
    // when the situation is answered with 500 ㎡
    const area = wrapper.get(`${tid('preview-answer-premises.area')} input`);
    await area.setValue('500');
    await area.trigger('change');
    await flushPromises();
    // then the fire inspection's section appears in the renderer
    expect(wrapper.find(fire).exists()).toBe(true);
  });
});
