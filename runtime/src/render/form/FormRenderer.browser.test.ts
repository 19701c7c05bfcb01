import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FormSchema } from '@yilian/shared';
import { linkedSchema, allTypesSchema } from './testing/schemas';
import { mountForm, unmountForms } from './testing/mount-browser';

const TODAY = () => new Date('2025-09-26T00:00:00+08:00');

describe('FormRenderer in Chromium: linkage, permissions, locale, accessibility', () => {
  afterEach(() => {
    unmountForms();
  });

  it('shows and requires the fire note once the typed area reaches 300 m², and hides it again below', async () => {
    // given the restaurant form
    const { api } = mountForm({ schema: linkedSchema, today: TODAY });
    const area = page.getByLabelText('经营面积（㎡）');
    await expect.element(area).toBeVisible();
    expect(document.querySelector('[data-field="fireNote"]')).toBeNull();
    // when the applicant types a large area
    await area.fill('400');
    await userEvent.keyboard('{Tab}');
    // then the fire note appears, required
    const note = page.getByLabelText('消防说明');
    await expect.element(note).toBeVisible();
    await expect.element(note).toHaveAttribute('aria-required', 'true');
    await note.fill('有自动喷淋');
    // when the area shrinks
    await area.fill('120');
    await userEvent.keyboard('{Tab}');
    // then the note is gone, and its value left the form values
    await expect.element(page.getByLabelText('消防说明')).not.toBeInTheDocument();
    expect(api.values()).toEqual({ premises: { area: 120 } });
  });

  it('renders read-only fields as text, leaves hidden fields out, keeps editable ones editable', async () => {
    // given a reviewer's task: the name read-only, the ID card hidden
    const { api } = mountForm({
      schema: linkedSchema,
      permissions: { 'applicant.name': 'read-only', 'applicant.id': 'hidden' },
      initialValues: { applicant: { name: '张三', id: '370811199001011236' } },
    });
    // then the name reads as text, named by its label, with no input to type in
    const name = page.getByRole('textbox', { name: '姓名' });
    await expect.element(name).toHaveAttribute('aria-readonly', 'true');
    await expect.element(name).toHaveTextContent('张三');
    expect(document.querySelector('[data-field="applicant.name"] input')).toBeNull();
    // and the ID card is not there at all, nor in the values
    expect(document.querySelector('[data-field="applicant.id"]')).toBeNull();
    expect(api.values()).toEqual({ applicant: { name: '张三' } });
    // and the area can be typed into
    await page.getByLabelText('经营面积（㎡）').fill('88');
    await userEvent.keyboard('{Tab}');
    expect(api.values()).toEqual({ applicant: { name: '张三' }, premises: { area: 88 } });
  });

  it('follows the user locale with zh-CN where a text has no English, and switches live', async () => {
    // given an English user
    const { i18n } = mountForm({ schema: allTypesSchema, lazy: false }, 'en');
    // then translated texts are English and untranslated ones fall back to zh-CN
    await expect.element(page.getByRole('heading', { name: 'Basics' })).toBeVisible();
    await expect.element(page.getByLabelText('Name')).toBeVisible();
    await expect.element(page.getByText('As on the business licence')).toBeVisible();
    await expect.element(page.getByLabelText('备注')).toBeVisible();
    await expect.element(page.getByText('Please answer truthfully.')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeVisible();
    // and validation messages are English
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.element(page.getByRole('link', { name: 'Name is required' })).toBeVisible();
    // when the user switches to Chinese
    i18n.global.locale.value = 'zh-CN';
    // then the form follows
    await expect.element(page.getByLabelText('名称')).toBeVisible();
    await expect.element(page.getByRole('link', { name: '名称为必填项' })).toBeVisible();
  });

  it('names every input by its label and ties errors with aria-describedby and aria-invalid', async () => {
    // given every field type, all mounted
    mountForm({ schema: allTypesSchema, lazy: false });
    const labels = ['名称', '备注', '身份证号', '统一社会信用代码', '手机号码', '电子邮箱', '座位数', '比例', '面积（㎡）', '注册资本（元）', '开业日期', '检查时间', '类别', '经营范围', '是否连锁'];
    // then each is found by its accessible name
    for (const label of labels) await expect.element(page.getByLabelText(label, { exact: true }), { timeout: 2000 }).toBeInTheDocument();
    await expect.element(page.getByRole('radiogroup', { name: '是否连锁' })).toBeVisible();
    await expect.element(page.getByRole('group', { name: '经营场所' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: '营业执照 选择文件' })).toBeVisible();
    // when a wrong ID card is typed and left
    await page.getByLabelText('身份证号').fill('370811199001011234');
    await userEvent.keyboard('{Tab}');
    // then the input is invalid and described by its error
    const id = page.getByLabelText('身份证号');
    await expect.element(id).toHaveAttribute('aria-invalid', 'true');
    await expect.element(id).toHaveAccessibleDescription('身份证号不是有效的居民身份证号码');
    // and the help text describes its input too
    await expect.element(page.getByLabelText('名称')).toHaveAccessibleDescription('与营业执照一致');
  });

  it('links each problem of the summary to its field, expanding a collapsed, not yet mounted section', async () => {
    // given a second section that starts collapsed
    const schema = structuredClone(linkedSchema) as FormSchema;
    schema.properties.section_tobacco!['x-component-props'] = { collapsible: true, collapsed: true };
    const { wrapper } = mountForm({ schema, answers: { sellsTobacco: true } });
    expect(document.querySelector('[data-field="licenceNo"]')).toBeNull();
    // when submitted empty
    await page.getByRole('button', { name: '提交' }).click();
    // then the summary takes the focus and lists both problems
    const summary = page.getByTestId('form-summary');
    await expect.element(summary).toHaveFocus();
    expect(wrapper.emitted('submit')).toBeUndefined();
    // when the licence problem is followed
    await page.getByRole('link', { name: '许可证号为必填项' }).click();
    // then its section is open and its input focused
    const licence = page.getByLabelText('许可证号');
    await expect.element(licence).toHaveFocus();
    await expect.element(page.getByRole('button', { name: '烟草零售' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('mounts a lazy section when it is scrolled near', async () => {
    // given a long first section and a second one below the fold
    const schema = structuredClone(linkedSchema) as FormSchema;
    const first = schema.properties.section_applicant!.properties!;
    for (let i = 0; i < 40; i += 1) first[`extra${i}`] = { type: 'string', title: `附加 ${i}`, 'x-component': 'text' };
    mountForm({ schema, answers: { sellsTobacco: true } });
    const placeholder = page.getByTestId('section-placeholder');
    await expect.element(placeholder).toBeInTheDocument();
    expect(document.querySelector('[data-field="licenceNo"]')).toBeNull();
    // when the user scrolls to it
    placeholder.element().scrollIntoView();
    // then its fields mount
    await expect.element(page.getByLabelText('许可证号')).toBeInTheDocument();
  });

  it('scales the text by at least 1.25× in large-text mode and shows the focus', async () => {
    // given the same form in both modes
    mountForm({ schema: linkedSchema });
    mountForm({ schema: linkedSchema, largeText: true });
    const labels = [...document.querySelectorAll<HTMLElement>('[data-field="applicant.name"] .yl-field__label')];
    const inputs = [...document.querySelectorAll<HTMLElement>('[data-field="applicant.name"] input')];
    const size = (el: HTMLElement) => Number.parseFloat(getComputedStyle(el).fontSize);
    // then labels and inputs are at least 1.25× larger
    expect(size(labels[1]!) / size(labels[0]!)).toBeGreaterThanOrEqual(1.25);
    expect(size(inputs[1]!) / size(inputs[0]!)).toBeGreaterThanOrEqual(1.25);
    // and the control reached by keyboard shows a visible ring
    await page.getByLabelText('经营面积（㎡）').nth(1).click();
    await userEvent.keyboard('{Tab}');
    const button = document.querySelectorAll<HTMLElement>('[data-testid="form-submit"]')[1]!;
    expect(document.activeElement).toBe(button);
    expect(getComputedStyle(button).outlineStyle).toBe('solid');
    expect(Number.parseFloat(getComputedStyle(button).outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
