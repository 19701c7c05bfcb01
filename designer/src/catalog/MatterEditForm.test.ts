import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import MatterEditForm from './MatterEditForm.vue';
import type { Matter } from '@yilian/shared';
import { jsonResponse, stubFetch } from '../testing/fetch-stub';
import { tableStubs } from '../testing/mount-options';
import { catalogPlugins, cityAdminMe, sampleMatter } from './test-support';

/** The form with its materials table stubbed: no test here looks into it (the PUT still carries the materials). */
function mountForm(matter: Matter = sampleMatter()) {
  return mount(MatterEditForm, {
    attachTo: document.body,
    props: { matter, departments: ['市场监督管理局', '行政审批服务局'] },
    global: { plugins: catalogPlugins(cityAdminMe).plugins, stubs: tableStubs },
  });
}

const formItemOf = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)?.closest('.el-form-item');

// Whole pages of Element Plus components mount slowly in happy-dom when the suite runs in parallel.
describe('MatterEditForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('says the unit beside each time limit (工作日) and the visits (次)', async () => {
    stubFetch(() => jsonResponse({}));
    const wrapper = mountForm();
    await flushPromises();
    expect(wrapper.get('[data-testid="matter-edit-legalLimitDays-unit"]').text()).toBe('工作日');
    expect(wrapper.get('[data-testid="matter-edit-promisedLimitDays-unit"]').text()).toBe('工作日');
    expect(wrapper.get('[data-testid="matter-edit-visits-unit"]').text()).toBe('次');
  });

  it('marks the field named by the server path matter.legalLimitDays', async () => {
    // given a server that refuses the legal limit
    stubFetch(() =>
      jsonResponse({ error: { code: 'invalid_catalog', message: 'matter.legalLimitDays: 必须为不小于 0 的整数', path: 'matter.legalLimitDays', details: [{ path: 'matter.legalLimitDays', message: '必须为不小于 0 的整数' }] } }, 400),
    );
    const wrapper = mountForm();
    await flushPromises();
    // when saving
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await flushPromises();
    // then the message is on top with the path, and on the legal limit field only
    expect(wrapper.get('[data-testid="matter-edit-error"]').text()).toContain('matter.legalLimitDays: 必须为不小于 0 的整数');
    const legal = formItemOf('matter-edit-legalLimitDays');
    expect(legal?.classList.contains('is-error')).toBe(true);
    // (Element Plus shows a field's message 100 ms after its state changes)
    await vi.waitFor(() => expect(legal?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('必须为不小于 0 的整数'));
    expect(formItemOf('matter-edit-promisedLimitDays')?.classList.contains('is-error')).toBe(false);
  });

  it('puts a county administrator refusal (locked_element) on the element it names', async () => {
    stubFetch(() => jsonResponse({ error: { code: 'locked_element', message: '「承诺时限」是标准要素（三级十同），仅市级管理员可修改', path: 'matter.promisedLimitDays' } }, 403));
    const wrapper = mountForm();
    await flushPromises();
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await vi.waitFor(() => expect(formItemOf('matter-edit-promisedLimitDays')?.textContent).toContain('仅市级管理员可修改'));
  });

  it('saves the whole matter with the edited promised limit and the note', async () => {
    // given a server that saves version 2
    const seen = stubFetch(() => jsonResponse({ version: 2, changed: ['promisedLimitDays'] }));
    const wrapper = mountForm();
    await flushPromises();
    // when shortening the promised limit to 3 days with a note
    const promised = wrapper.get('[data-testid="matter-edit-promisedLimitDays"] input');
    await promised.setValue('3');
    await promised.trigger('change');
    await wrapper.get('[data-testid="matter-edit-note"]').setValue('压缩承诺时限');
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await flushPromises();
    // then the PUT carried the full matter (unchanged elements included) and the note
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.url).toBe('/api/matters/000131024000');
    expect(seen[0]?.body).toEqual({ matter: { ...sampleMatter(), promisedLimitDays: 3 }, note: '压缩承诺时限' });
    // and the page is told which version was saved
    expect(wrapper.emitted('saved')).toEqual([[{ version: 2, changed: ['promisedLimitDays'] }]]);
  });

  it('warns while the promised limit exceeds the legal one', async () => {
    stubFetch(() => jsonResponse({}));
    const wrapper = mountForm({ ...sampleMatter(), promisedLimitDays: 12 });
    await flushPromises();
    expect(wrapper.get('[data-testid="matter-edit-limit-warning"]').text()).toBe('承诺时限超过法定时限，请核实');
  });

  it('requires the text elements before calling the server', async () => {
    const seen = stubFetch(() => jsonResponse({}));
    const wrapper = mountForm();
    await flushPromises();
    await wrapper.get('[data-testid="matter-edit-fee"]').setValue('  ');
    await wrapper.get('[data-testid="matter-edit-save"]').trigger('click');
    await vi.waitFor(() => expect(formItemOf('matter-edit-fee')?.textContent).toContain('请填写收费标准'));
    expect(seen).toHaveLength(0);
  });
});
