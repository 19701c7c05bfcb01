import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@yilian/runtime/ui';
import { designerMessages } from '../i18n';
import { CATALOG_MAX_BYTES } from '../api/catalog';
import { checkCatalogFile, checkCatalogText, lineColumn } from './catalog-file';

const t = createAppI18n(designerMessages).global.t;

describe('catalog file checks before upload', () => {
  it('summarises a valid file', () => {
    // given a small catalog
    const text = JSON.stringify({ format: 'yilian.catalog/v1', dataElements: [{}], matters: [{}, {}], chains: [{}] });
    // when checking it
    const check = checkCatalogText(text, t);
    // then it is accepted with its counts and the text kept as it is
    expect(check).toEqual({ ok: true, text, summary: { matters: 2, chains: 1, elements: 1 } });
  });

  it('names the line and column of a JSON syntax error and shows that line', () => {
    // given a file missing a comma at the end of line 3
    const text = '{\n  "format": "yilian.catalog/v1",\n  "matters": []\n  "chains": []\n}';
    // when checking it
    const check = checkCatalogText(text, t);
    // then the error is on line 4, column 3 (where the parser stopped)
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error).toContain('文件不是有效的 JSON（第 4 行第 3 列附近）');
    expect(check.error).not.toContain('position');
    expect(check.excerpt).toBe('  "chains": []\n  ^');
  });

  it('refuses JSON that is not an object', () => {
    const check = checkCatalogText('[1, 2]', t);
    expect(check).toEqual({ ok: false, error: '文件内容必须是一个 JSON 对象（yilian.catalog/v1 目录）' });
  });

  it('refuses a file over 20 MiB without reading it', async () => {
    // given a file that claims 20 MiB + 1 byte
    const file = new File(['{}'], 'catalog.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: CATALOG_MAX_BYTES + 1 });
    // when checking it
    const check = await checkCatalogFile(file, t);
    // then the limit is named
    expect(check).toEqual({ ok: false, error: '文件大小 20.00 MiB 超过 20 MiB 上限，请拆分后分批导入' });
  });

  it('refuses a file that is not .json', async () => {
    const check = await checkCatalogFile(new File(['x'], 'catalog.xlsx'), t);
    expect(check).toEqual({ ok: false, error: '请选择 .json 格式的目录文件' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
