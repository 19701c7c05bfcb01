import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { FormSchema } from '@yilian/shared';
import FormRenderer from './FormRenderer.vue';
import { allTypesSchema, linkedSchema, stepsSchema } from './testing/schemas';
import { formI18n } from './testing/mount-form';

const TODAY = () => new Date('2025-09-26T00:00:00+08:00');

function mountForm(props: Partial<InstanceType<typeof FormRenderer>['$props']> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(FormRenderer, {
    props: { schema: linkedSchema, today: TODAY, ...props },
    global: { plugins: [formI18n(locale)] },
    attachTo: document.body,
  });
}

describe('FormRenderer (happy-dom)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('mounts only the first section before "rendered"; the others keep their fields in the form', async () => {
    // given a form whose second section applies
    const wrapper = mountForm({ answers: { sellsTobacco: true }, initialValues: { licenceNo: 'YC-1' } });
    // when it has rendered
    await flushPromises();
    expect(wrapper.emitted('rendered')).toHaveLength(1);
    // then the first section's fields are on screen and the second is a placeholder
    expect(wrapper.find('[data-field="applicant.name"]').exists()).toBe(true);
    expect(wrapper.find('[data-section="section_tobacco"] [data-testid="section-placeholder"]').exists()).toBe(true);
    expect(wrapper.find('[data-field="licenceNo"]').exists()).toBe(false);
    // and the unmounted field's value is in the form values
    const exposed = wrapper.vm as unknown as { values(): Record<string, unknown> };
    expect(exposed.values()).toEqual({ licenceNo: 'YC-1' });
  });

  it('labels every input and ties its errors to it; submit shows a summary and refuses', async () => {
    // given an empty form
    const wrapper = mountForm({ answers: { sellsTobacco: true }, lazy: false });
    await flushPromises();
    // when submitted
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // then nothing is emitted, the summary lists every problem (mounted or not), and the name input is invalid and described
    expect(wrapper.emitted('submit')).toBeUndefined();
    const summary = wrapper.get('[data-testid="form-summary"]');
    expect(summary.findAll('li').map((li) => li.text())).toEqual(['姓名为必填项', '许可证号为必填项']);
    const label = wrapper.get('[data-field="applicant.name"] label');
    const input = wrapper.get(`#${label.attributes('for')}`);
    expect(input.element.tagName).toBe('INPUT');
    expect(input.attributes('aria-invalid')).toBe('true');
    const errorId = input.attributes('aria-describedby')!;
    expect(wrapper.get(`[id="${errorId}"]`).text()).toBe('姓名为必填项');
  });

  it('says a required upload is required in its button\'s description, not with aria-required (not allowed on a button)', async () => {
    // given a required file field
    const licence = allTypesSchema.properties.section_main!.properties!.licence!;
    const schema: FormSchema = { type: 'object', properties: { section_main: { type: 'void', 'x-component': 'Section', title: '材料', properties: { licence: { ...licence, required: true } } } } };
    const wrapper = mountForm({ schema, lazy: false });
    await flushPromises();
    // then its button has no aria-required and is described as required first, then by its hint
    const button = wrapper.get('[data-field="licence"] button');
    expect(button.attributes('aria-required')).toBeUndefined();
    const described = button.attributes('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim());
    expect(described[0]).toBe('必填');
    expect(described[1]).toContain('单个文件不超过');
  });
});

describe('FormRenderer steps, permissions and locale (happy-dom)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders the current step only, in x-index order, and checks a step before moving on', async () => {
    // given a two-step form
    const wrapper = mountForm({ schema: stepsSchema });
    await flushPromises();
    // then step 1 (the applicant, x-index 1) shows alone, with its progress
    expect(wrapper.get('[data-testid="step-status"]').text()).toBe('第 1 步，共 2 步');
    expect(wrapper.findAll('.yl-form-steps__item').map((li) => li.text())).toEqual(['1申请人', '2经营场所']);
    expect(wrapper.find('[data-field="name"]').exists()).toBe(true);
    expect(wrapper.find('[data-field="area"]').exists()).toBe(false);
    // when moving on with the name missing
    await wrapper.get('[data-testid="step-next"]').trigger('click');
    await flushPromises();
    // then the step stays, showing the problem
    expect(wrapper.get('[data-testid="step-status"]').text()).toBe('第 1 步，共 2 步');
    expect(wrapper.get('[data-field="name"] [data-testid="field-errors"]').text()).toBe('姓名为必填项');
    // when the name is typed and the step checked again
    await wrapper.get('[data-field="name"] input').setValue('张三');
    await wrapper.get('[data-testid="step-next"]').trigger('click');
    await flushPromises();
    // then step 2 shows, and the name stays in the values
    expect(wrapper.get('[data-testid="step-status"]').text()).toBe('第 2 步，共 2 步');
    expect(wrapper.find('[data-field="area"]').exists()).toBe(true);
    expect(wrapper.find('[data-field="name"]').exists()).toBe(false);
    expect((wrapper.vm as unknown as { values(): unknown }).values()).toEqual({ name: '张三' });
  });

  it('submits the values when every field, mounted or not, is valid', async () => {
    // given a valid form whose second section is not mounted
    const wrapper = mountForm({ answers: { sellsTobacco: true }, initialValues: { applicant: { name: '张三' }, licenceNo: 'YC-1' } });
    await flushPromises();
    // when submitted
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    // then the values are emitted as plain JSON
    expect(wrapper.emitted('submit')).toEqual([[{ applicant: { name: '张三' }, licenceNo: 'YC-1' }]]);
    expect(wrapper.find('[data-testid="form-summary"]').exists()).toBe(false);
  });

  it('shows English where the schema has it and zh-CN elsewhere, for a forced locale', async () => {
    const wrapper = mountForm({ schema: stepsSchema, locale: 'en' });
    await flushPromises();
    expect(wrapper.findAll('.yl-form-steps__item').map((li) => li.text())).toEqual(['1Applicant', '2经营场所']);
    expect(wrapper.get('[data-testid="step-status"]').text()).toBe('Step 1 of 2');
    expect(wrapper.get('[data-field="name"] label').text()).toBe('姓名');
    expect(wrapper.get('[data-testid="form-submit"]').text()).toBe('Submit');
  });

  it('reports a failing FEEL rule as a problem event instead of throwing', async () => {
    const schema = structuredClone(linkedSchema) as FormSchema;
    schema.properties.section_tobacco!['x-reactions']![0]!.when = '{{ sellsTobacco >= }}';
    const wrapper = mountForm({ schema });
    await flushPromises();
    expect(wrapper.emitted('problem')?.map(([p]) => (p as { source: string }).source)).toEqual(['form:section_tobacco']);
    expect(wrapper.find('[data-section="section_tobacco"]').exists()).toBe(false);
  });
});
