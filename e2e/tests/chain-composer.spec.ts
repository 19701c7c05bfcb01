import { expect, test } from './csp-guard';
import { snap } from './screenshots';
import { loginThroughUi } from './session';

const FOOD = '000131024000'; // 食品经营许可（新办）
const SIGN = '000116601000'; // 户外招牌设施设置审批
const FIRE = '000125049000'; // 公众聚集场所投入使用、营业前消防安全检查

test.describe('chain composer', () => {
  test('an admin composes a chain from three matters, resolves a conflict and accepts a suggestion', async ({ page }, testInfo) => {
    // given the city administrator creates a new chain
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await page.getByTestId('nav-chains').click();
    await page.getByTestId('chain-create').click();
    await page.getByTestId('chain-dialog-code').locator('input').fill('YL-370800-E2E-001');
    await page.getByTestId('chain-dialog-name').locator('input').fill('我要开小餐馆（测试）');
    await page.getByTestId('chain-dialog-save').click();
    await expect(page.getByTestId('composer-title')).toBeVisible();

    // when three matters are added from the catalog
    for (const code of [FOOD, SIGN, FIRE]) {
      await page.getByTestId('matter-search').locator('input').fill(code);
      await page.getByTestId(`matter-add-${code}`).click();
      await expect(page.getByTestId(`chain-matter-${code}`)).toBeVisible();
    }

    // then the merged form shows the premises.area conflict and the legal-representative suggestion
    await expect(page.getByTestId('conflict-premises.area')).toBeVisible();
    await expect(page.getByTestId('not-publishable')).toBeVisible();
    await expect(page.getByTestId('metric-before-fields')).toContainText('44');
    await expect(page.getByTestId('metric-after-fields')).toContainText('32');
    await snap(page, testInfo, 'composer-conflict');

    // when the conflict is resolved by picking the fire inspection's definition (㎡ area)
    await page.getByTestId(`conflict-pick-premises.area-${FIRE}`).click();
    // and the suggestion is accepted
    await page.getByTestId('suggestion-accept-legalRep.name-enterprise.legalPersonName').click();
    await page.getByTestId('composer-save').click();

    // then the chain is publishable and the 四减 panel shows the figures of these three matters
    await expect(page.getByTestId('conflict-premises.area')).toHaveCount(0);
    await expect(page.getByTestId('not-publishable')).toHaveCount(0);
    const metrics = page.getByTestId('metrics-panel');
    await expect(metrics.getByTestId('metric-after-materials')).toContainText('19');
    await expect(metrics.getByTestId('metric-before-materials')).toContainText('23');
    await expect(metrics.getByTestId('metric-after-days')).toContainText('5');
    await expect(metrics.getByTestId('metric-before-days')).toContainText('13');
    await expect(metrics.getByTestId('metric-after-visits')).toContainText('1');
    await snap(page, testInfo, 'composer-resolved');

    // when the administrators' guide preview opens
    await page.getByTestId('guide-preview').click();

    // then the guide shows the chain deadline, the single material list and no fee
    const guide = page.getByTestId('service-guide');
    await expect(guide).toContainText('我要开小餐馆（测试）');
    await expect(guide).toContainText('自受理之日起5个工作日办结');
    await expect(guide).toContainText('不收费');
    await expect(guide).toContainText('营业执照');
    await snap(page, testInfo, 'guide-preview');
  });
});
