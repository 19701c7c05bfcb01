import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(wrapper.find(tid('preview-field-fire.managerName')).exists()).toBe(false);
    // when the phone width is chosen
    await wrapper.get(`${tid('form-preview-width')} input[value="mobile"]`).setValue(true);
    expect(wrapper.get(tid('form-preview-frame')).attributes('style')).toContain('width: 375px');
    // when the situation is answered with 500 ㎡
    const area = wrapper.get(`${tid('preview-answer-premises.area')} input`);
    await area.setValue('500');
    await area.trigger('change');
    // then the fire inspection's fields appear, required
    expect(wrapper.get(tid('preview-field-fire.managerName')).attributes('data-required')).toBe('true');
  });
});
