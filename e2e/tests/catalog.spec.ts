import { writeFileSync } from 'node:fs';
import { expect, test } from './csp-guard';
import { themeCatalogCopy } from '@yilian/shared/testing';
import { snap } from './screenshots';
import { loginThroughUi, rowOf } from './session';

const restaurant = themeCatalogCopy('restaurant');

/** A catalog file with one new matter (a copy of 食品经营许可 under a new code). */
function newMatterCatalog(): object {
  const matter = structuredClone(restaurant.matters.find((m: { code: string }) => m.code === '000131024000'));
  matter.code = '000131024900';
  matter.name = '食品经营许可（延续）';
  return { format: 'yilian.catalog/v1', matters: [matter] };
}

test.describe('matter catalog', () => {
  test('a city admin imports, meets a bad file, finds a matter and versions an edit', async ({ page }, testInfo) => {
    // given the city administrator in the designer
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await page.getByTestId('nav-catalog').click();
    await expect(page.getByTestId('catalog-table')).toBeVisible();

    // when they import a file with one new matter
    const good = testInfo.outputPath('new-matter.json');
    writeFileSync(good, JSON.stringify(newMatterCatalog()));
    await page.getByTestId('catalog-import').click();
    await page.getByTestId('import-file').setInputFiles(good);
    await page.getByTestId('import-submit').click();

    // then the report names the added matter
    await expect(page.getByTestId('import-report')).toBeVisible();
    await expect(page.getByTestId('import-report-added')).toContainText('000131024900');
    await snap(page, testInfo, 'import-report');

    // when they open a file whose second matter lacks a material code
    const broken = structuredClone(restaurant);
    delete broken.matters[1].materials[1].code;
    const bad = testInfo.outputPath('broken.json');
    writeFileSync(bad, JSON.stringify(broken));
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-submit').click();

    // then the error names the JSON path
    await expect(page.getByTestId('import-error-path')).toContainText('matters[1].materials[1].code');
    await snap(page, testInfo, 'import-error');

    // when they search a matter by its code and open it
    await page.getByTestId('nav-catalog').click();
    // (烟草专卖零售许可: the chain composer spec does not use it, so its figures stay put)
    await page.getByTestId('catalog-search').fill('000162004000');
    await expect(rowOf(page, 'catalog-row-000162004000')).toBeVisible();
    await expect(page.getByTestId('catalog-table').locator('tbody tr')).toHaveCount(1);
    await rowOf(page, 'catalog-row-000162004000').click();
    await expect(page.getByTestId('matter-title')).toContainText('烟草专卖零售许可证核发（新办）');
    await snap(page, testInfo, 'matter-detail');

    // and edit its promised limit
    await page.getByTestId('matter-edit').click();
    await page.getByTestId('matter-edit-promisedLimitDays').locator('input').fill('3');
    await page.getByTestId('matter-edit-note').fill('压缩承诺时限');
    await page.getByTestId('matter-edit-save').click();

    // then the history shows version 2
    await expect(page.getByTestId('matter-saved')).toBeVisible();
    await expect(page.getByTestId('matter-history-item-2')).toBeVisible();
    await expect(page.getByTestId('matter-version')).toContainText('2');
    await snap(page, testInfo, 'matter-version-2');
  });
});
