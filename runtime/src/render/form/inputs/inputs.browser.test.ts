import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FormSchema } from '@yilian/shared';
import type { FileEntry } from '../field-values';
import type { UploadFn } from '../render-context';
import { allTypesSchema } from '../testing/schemas';
import { mountForm, unmountForms } from '../testing/mount-browser';

const section = (properties: FormSchema['properties']): FormSchema => ({
  type: 'object',
  properties: { section: { type: 'void', title: '信息', 'x-component': 'Section', properties } },
});

describe('field inputs in Chromium: typed and chosen values take their JSON shape', () => {
  afterEach(() => {
    unmountForms();
  });

  it('stores what is typed and chosen in each field type', async () => {
    // given every field type
    const { api, wrapper } = mountForm({ schema: allTypesSchema, lazy: false });
    // when the applicant fills them in
    await page.getByLabelText('名称').fill('老张饭店');
    await page.getByLabelText('身份证号').fill('11010519491231002x');
    await page.getByLabelText('统一社会信用代码').fill('91370811ma3c5x7a7g');
    await page.getByLabelText('手机号码').fill('138 0013 8000');
    await page.getByLabelText('座位数').fill('40');
    await page.getByLabelText('注册资本（元）').fill('12.345');
    await userEvent.keyboard('{Tab}');
    await page.getByLabelText('开业日期').fill('2025-09-26');
    await page.getByLabelText('检查时间').fill('2025-09-26T09:30');
    await page.getByText('否', { exact: true }).click();
    await page.getByLabelText('类别').click({ force: true }); // the placeholder lies over the input
    await page.getByRole('option', { name: '零售' }).click();
    // then the values are plain JSON, one shape per type, and each change was emitted
    await expect.poll(() => api.values()).toMatchObject({
      name: '老张饭店', idNo: '11010519491231002X', creditCode: '91370811MA3C5X7A7G', phone: '13800138000',
      seats: 40, capital: 12.35, opened: '2025-09-26', inspectedAt: '2025-09-26T09:30:00+08:00', chain: false, kind: '零售',
    });
    expect((wrapper.emitted('change') ?? []).map(([key]) => key)).toEqual(expect.arrayContaining(['name', 'idNo', 'capital', 'chain', 'kind']));
  });

  it('picks an address province → city → county and stores { region: county code, detail }', async () => {
    // given an address field
    const { api } = mountForm({ schema: section({ address: { type: 'object', title: '经营场所', 'x-component': 'address', required: true } }) });
    const region = page.getByRole('textbox', { name: '经营场所 所在地区' });
    // when the applicant searches the county, picks 山东省 / 济宁市 / 任城区 and types the street
    // (the search path: clicking through three menu columns at machine speed loses Element Plus clicks now and then)
    await region.fill('任城');
    await page.getByText('山东省 / 济宁市 / 任城区').click();
    await page.getByRole('textbox', { name: '经营场所 详细地址' }).fill('建设路 1 号');
    // then the input shows the whole path and the value is the county code and the rest
    await expect.element(region).toHaveValue('山东省 / 济宁市 / 任城区');
    await expect.poll(() => api.values()).toEqual({ address: { region: '370811', detail: '建设路 1 号' } });
    // and a zone (no GB/T 2260 code) is stored by its code, under its city
    await region.fill('高新');
    await page.getByText('山东省 / 济宁市 / 济宁高新区').click();
    await expect.poll(() => api.values()).toEqual({ address: { region: 'JN-GX', detail: '建设路 1 号' } });
  });

  it('adds, fills, reorders and removes table rows, and pages beyond ten rows', async () => {
    // given an empty staff table
    const staff = allTypesSchema.properties.section_main!.properties!.staff!;
    const { api } = mountForm({ schema: section({ staff }) });
    const add = page.getByRole('button', { name: '添加一行' });
    // when two rows are added and filled (each cell named by its column and row)
    await add.click();
    await expect.element(page.getByRole('textbox', { name: '姓名 1' })).toHaveFocus();
    await page.getByRole('textbox', { name: '姓名 1' }).fill('李四');
    await add.click();
    await page.getByRole('textbox', { name: '姓名 2' }).fill('王五');
    await page.getByRole('textbox', { name: '手机 2' }).fill('13800138000');
    await expect.poll(() => api.values()).toEqual({ staff: [{ person: '李四' }, { person: '王五', mobile: '13800138000' }] });
    // when the second row moves up
    await page.getByRole('button', { name: '上移第 2 行' }).click();
    // then the rows swap and the focus follows the row
    await expect.poll(() => api.values()).toEqual({ staff: [{ person: '王五', mobile: '13800138000' }, { person: '李四' }] });
    await expect.element(page.getByRole('textbox', { name: '姓名 1' })).toHaveValue('王五');
    await expect.element(page.getByRole('button', { name: '下移第 1 行' })).toHaveFocus();
    // when it moves down again and the first row is removed
    await page.getByRole('button', { name: '下移第 1 行' }).click();
    await page.getByRole('button', { name: '删除第 1 行' }).click();
    await expect.poll(() => api.values()).toEqual({ staff: [{ person: '王五', mobile: '13800138000' }] });
    // when there are twelve rows
    for (let i = 0; i < 11; i += 1) await add.click();
    // then ten show, and the last page holds the rest
    await expect.element(page.getByRole('textbox', { name: '姓名 12' })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-testid="table-row"]').length).toBe(2);
    await page.elementLocator(document.querySelector('.el-pager li')!).click();
    await expect.poll(() => document.querySelectorAll('[data-testid="table-row"]').length).toBe(10);
    expect((api.values().staff as unknown[]).length).toBe(12);
  });

  it('lays table rows out as cards in a phone-wide column and as a table in a wide one', async () => {
    // given the staff table with one row, in a 375 px column
    const staff = allTypesSchema.properties.section_main!.properties!.staff!;
    const { wrapper } = mountForm({ schema: section({ staff }) });
    const host = wrapper.element.parentElement!;
    host.style.width = '375px';
    await page.getByRole('button', { name: '添加一行' }).click();
    const row = document.querySelector<HTMLElement>('[data-testid="table-row"]')!;
    const cell = row.querySelector<HTMLElement>('td[data-label]')!;
    // then the row is a card: cells stacked, each headed by its column's name, nothing wider than the column
    await expect.poll(() => getComputedStyle(row).display).toBe('block');
    expect(getComputedStyle(cell, '::before').content).toMatch(/^"姓名( \*)?"$/);
    expect(host.scrollWidth).toBeLessThanOrEqual(375);
    // and the cells keep their names (column and row)
    await expect.element(page.getByRole('textbox', { name: '姓名 1' })).toBeInTheDocument();
    // when the column is wide
    host.style.width = '900px';
    // then it is a table again
    await expect.poll(() => getComputedStyle(row).display).toBe('table-row');
  });

  it('uploads through the injected function, showing progress, then lists and removes the file', async () => {
    // given a fake upload the test drives
    let progress: (percent: number) => void = () => undefined;
    let finish: (entry: FileEntry) => void = () => undefined;
    const upload: UploadFn = (_file, { onProgress }) => {
      progress = onProgress;
      return new Promise<FileEntry>((resolve) => (finish = resolve));
    };
    const licence = allTypesSchema.properties.section_main!.properties!.licence!;
    const { api } = mountForm({ schema: section({ licence: { ...licence, required: true } }), upload });
    // when a PDF is chosen
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toContain('.pdf');
    await userEvent.upload(page.elementLocator(input), new File(['%PDF-1.7'], '营业执照.pdf', { type: 'application/pdf' }));
    // then its progress shows as it arrives
    const bar = page.getByRole('progressbar');
    await expect.element(bar).toBeVisible();
    progress(40);
    await expect.element(bar).toHaveAttribute('aria-valuenow', '40');
    // when the upload finishes
    finish({ id: 'f1', name: '营业执照.pdf', size: 8, sha256: 'ab', type: 'application/pdf' });
    // then the file is listed and is the value
    await expect.element(page.getByTestId('file-entry')).toHaveTextContent('营业执照.pdf');
    expect(api.values()).toEqual({ licence: [{ id: 'f1', name: '营业执照.pdf', size: 8, sha256: 'ab', type: 'application/pdf' }] });
    // when a file of the wrong kind is chosen
    await userEvent.upload(page.elementLocator(input), new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('notes.txt 的格式不支持');
    // when the file is removed
    await page.getByRole('button', { name: '移除 营业执照.pdf' }).click();
    await expect.poll(() => api.values()).toEqual({ licence: [] });
  });
});
