import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, type TestInfo } from '@playwright/test';
import { expect, test } from './csp-guard';
import { snap } from './screenshots';
import { loginThroughUi } from './session';

const CHAIN = 'YL-370800-CY-001'; // 我要开餐饮店
// Sections of the generated form (one per matter) and the fields this test moves, merges and links.
const COMMON = 'section_common';
const SIGN = 'section_m000116601000'; // 户外招牌设施设置审批
const FIRE = 'section_m000125049000'; // 公众聚集场所投入使用、营业前消防安全检查
const NEW_SECTION = 'section1'; // the first free name of a Section placed from the palette
const SECTION_TITLE = '消防补充信息';
const TRIGGER = 'fire.venueType'; // 场所类别 (select)
const TARGET = 'fire.acceptanceNo'; // 消防验收意见书或备案凭证文号 (optional in the generated form)
const TRIGGER_VALUE = '餐饮场所';
const SUGGESTION = 'suggestion-status-legalRep.name-enterprise.legalPersonName'; // the composer's 法人姓名 merge suggestion

/** Console errors, CSP violations and uncaught exceptions of the page: any of them fails the test. */
function watchPage(page: Page): string[] {
  const problems: string[] = [];
  // Chromium logs CSP refusals as console errors; the event also catches report-only policies.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Saves the top of `locator` (up to `height` px) as an artifact, from a full-page capture so the sticky header stays at the top. */
async function snapTop(page: Page, testInfo: TestInfo, name: string, locator: Locator, height: number): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await locator.boundingBox())!;
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, height) } });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Scrolls the preview's lazily mounted sections into view until none is left as a placeholder. */
async function mountEverySection(frame: Locator): Promise<void> {
  const placeholders = frame.getByTestId('section-placeholder');
  await expect(async () => {
    if ((await placeholders.count()) > 0) await placeholders.first().scrollIntoViewIfNeeded();
    expect(await placeholders.count()).toBe(0);
  }).toPass();
}

const row = (page: Page, path: string): Locator => page.getByTestId(`form-row-${path}`);

/** The ids of the canvas rows, in order. */
async function rowIds(page: Page): Promise<string[]> {
  return page.getByTestId('form-canvas').locator('[data-row-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.rowId!));
}

/**
 * Drags `source` onto `target` with the pointer (native HTML5 drag and drop): onto its middle by default
 * (into a section; onto a field = merge), or at `position` (near the top edge = before it). Both ends are
 * put on screen first, the target mid-viewport so the sticky header cannot cover it.
 */
async function dragOnto(source: Locator, target: Locator, position?: { x: number; y: number }): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await source.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await expect(source).toBeInViewport();
  await expect(target).toBeInViewport();
  await source.dragTo(target, position ? { targetPosition: position } : {});
}

/** Opens a collapsed section of the canvas by its toggle. */
async function expand(page: Page, path: string): Promise<void> {
  await row(page, path).getByRole('button', { name: '展开' }).click();
  await expect(row(page, path)).toHaveAttribute('aria-expanded', 'true');
}

async function openFormTab(page: Page): Promise<void> {
  await page.goto(`/designer/chains/${CHAIN}`);
  await expect(page.getByTestId('composer-title')).toHaveText('我要开餐饮店');
  await page.getByTestId('tab-form').click();
  await expect(row(page, COMMON)).toBeVisible();
}

test.use({ viewport: { width: 1440, height: 900 } });

test.describe('form designer', () => {
  test('an admin reshapes the restaurant chain\'s form by dragging, adds a conditional rule, and the saved form works in the 375 px preview', async ({ page }, testInfo) => {
    test.setTimeout(240_000); // one long flow on a shared, busy machine (no step is timed)
    const problems = watchPage(page);
    const saveState = page.getByTestId('form-save-state');

    // given the city administrator on the restaurant chain's generated 表单 tab
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    expect(problems.splice(0)).toEqual([]);
    await openFormTab(page);
    await expect(page.getByTestId('form-generated')).toBeVisible();
    await expect(saveState).toHaveAttribute('data-state', 'saved');
    await expect(row(page, `${FIRE}/${TRIGGER}`)).toBeVisible();
    // and a canvas wide enough to work in beside the composer's matter list (it was squeezed to ~90 px at 1440)
    expect((await page.getByTestId('form-canvas').boundingBox())!.width).toBeGreaterThan(400);
    // and every section collapsed, so that a drag's both ends fit in the canvas
    await page.getByTestId('form-collapse-all').click();
    await expect(row(page, `${FIRE}/${TRIGGER}`)).toHaveCount(0);
    await expect(row(page, COMMON)).toHaveAttribute('aria-expanded', 'false');

    // when a Section is dragged from the palette's layout blocks onto the top edge of the first section
    await dragOnto(page.getByTestId('palette-layout-Section'), row(page, COMMON), { x: 60, y: 2 });

    // then the new, empty section is the first row
    await expect(row(page, NEW_SECTION)).toBeVisible();
    expect((await rowIds(page))[0]).toBe(NEW_SECTION);
    await expect(row(page, NEW_SECTION)).toContainText('分组');

    // when it is titled in the properties panel (it is selected once dropped)
    const title = page.getByTestId('form-prop-title').locator('input');
    await expect(title).toHaveValue('分组');
    await title.fill(SECTION_TITLE);
    await title.press('Enter');
    // then the canvas shows the title
    await expect(row(page, NEW_SECTION)).toContainText(SECTION_TITLE);

    // when two fields of the fire inspection are dragged into it
    await expand(page, FIRE);
    await dragOnto(row(page, `${FIRE}/${TRIGGER}`), row(page, NEW_SECTION));
    await expect(row(page, `${NEW_SECTION}/${TRIGGER}`)).toBeVisible();
    await dragOnto(row(page, `${FIRE}/${TARGET}`), row(page, NEW_SECTION));

    // then the section holds both, in drop order, and the fire section no longer does
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).toBeVisible();
    expect((await rowIds(page)).slice(0, 3)).toEqual([NEW_SECTION, `${NEW_SECTION}/${TRIGGER}`, `${NEW_SECTION}/${TARGET}`]);
    await expect(row(page, `${FIRE}/${TRIGGER}`)).toHaveCount(0);
    await expect(row(page, `${FIRE}/${TARGET}`)).toHaveCount(0);
    await expect(row(page, `${FIRE}/fire.occupancy`)).toBeVisible();
    await expect(saveState).not.toHaveAttribute('data-state', 'saved');

    // when the signboard's 法人姓名 is dropped onto the common 法定代表人姓名
    await row(page, FIRE).getByRole('button', { name: '折叠' }).click();
    await expand(page, COMMON);
    await expand(page, SIGN);
    await expect(row(page, `${SIGN}/enterprise.legalPersonName`)).toBeVisible();
    await expect(row(page, `${COMMON}/legalRep.name`)).toBeVisible();
    await expect(page.getByTestId(SUGGESTION)).toHaveText('待定');
    await dragOnto(row(page, `${SIGN}/enterprise.legalPersonName`), row(page, `${COMMON}/legalRep.name`));

    // then the two are one field: legalRep.name stays, the signboard's copy is gone, nothing is left unplaced,
    // and the chain records an accepted merge that the composer must save
    await expect(row(page, `${SIGN}/enterprise.legalPersonName`)).toHaveCount(0);
    await expect(row(page, `${COMMON}/legalRep.name`)).toBeVisible();
    await expect(page.getByTestId('form-announcement')).toContainText('已合并两个字段');
    await expect(page.getByTestId('palette-unplaced-enterprise.legalPersonName')).toHaveCount(0);
    await expect(page.getByTestId('composer-dirty')).toBeVisible();
    await expect(page.getByTestId(SUGGESTION)).toHaveText('已接受');

    // when the optional 文号 gets "required only when 场所类别 = 餐饮场所" from the rule template
    await row(page, `${NEW_SECTION}/${TARGET}`).click();
    await expect(page.getByTestId('form-properties')).toContainText(TARGET);
    await page.getByTestId('form-rule-template-open').click();
    await page.getByTestId('form-rule-template-effect').selectOption('required');
    await page.getByTestId('form-rule-template-field').selectOption(TRIGGER);
    await page.getByTestId('form-rule-template-value').selectOption(TRIGGER_VALUE);
    await page.getByTestId('form-rule-template-add').click();

    // then the field has the rule, shown in the panel and counted on its row
    const ruleRow = page.getByTestId('form-rule-row-0');
    await expect(ruleRow).toBeVisible();
    await expect(page.getByTestId('form-rule-effect-0')).toHaveValue('required:true');
    await expect(page.getByTestId('form-rule-0').locator('input, textarea').first()).toHaveValue(`${TRIGGER} = "${TRIGGER_VALUE}"`);
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).toContainText('ƒ1');

    // when the rule is undone with Ctrl+Z
    await page.getByTestId('form-canvas').getByRole('heading').click();
    await page.keyboard.press('Control+z');
    // then it is gone, the moves and the merge stay
    await expect(ruleRow).toHaveCount(0);
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).not.toContainText('ƒ');
    await expect(row(page, `${SIGN}/enterprise.legalPersonName`)).toHaveCount(0);
    // when it is redone with Ctrl+Shift+Z
    await page.keyboard.press('Control+Shift+z');
    // then it is back
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).toContainText('ƒ1');
    // and the composer's buttons undo and redo the same step
    await page.getByTestId('composer-undo').click();
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).not.toContainText('ƒ');
    await page.getByTestId('composer-redo').click();
    await expect(row(page, `${NEW_SECTION}/${TARGET}`)).toContainText('ƒ1');
    await expect(page.getByTestId('composer-redo')).toBeDisabled();

    // when the form autosaves and the chain (holding the merge decision) is saved
    await expect(saveState).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
    await expect(page.getByTestId('form-generated')).toHaveCount(0);
    await page.getByTestId('composer-save').click();
    await expect(page.getByTestId('composer-dirty')).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, testInfo, 'form-designer-desktop');

    // and the page is reloaded
    await page.reload();
    await page.getByTestId('tab-form').click();
    await expect(row(page, COMMON)).toBeVisible();

    // then the saved form is the edited one: the section with its two fields first, the merge, the rule
    await expect(saveState).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('form-generated')).toHaveCount(0);
    expect((await rowIds(page)).slice(0, 3)).toEqual([NEW_SECTION, `${NEW_SECTION}/${TRIGGER}`, `${NEW_SECTION}/${TARGET}`]);
    await expect(row(page, NEW_SECTION)).toContainText(SECTION_TITLE);
    await expect(row(page, `${SIGN}/enterprise.legalPersonName`)).toHaveCount(0);
    await expect(row(page, `${FIRE}/${TRIGGER}`)).toHaveCount(0);
    await expect(page.getByTestId('palette-unplaced-enterprise.legalPersonName')).toHaveCount(0);
    await expect(page.getByTestId('composer-dirty')).toHaveCount(0);
    await expect(page.getByTestId(SUGGESTION)).toHaveText('已接受');
    await row(page, `${NEW_SECTION}/${TARGET}`).click();
    await expect(page.getByTestId('form-rule-effect-0')).toHaveValue('required:true');
    await expect(page.getByTestId('form-rule-0').locator('input, textarea').first()).toHaveValue(`${TRIGGER} = "${TRIGGER_VALUE}"`);

    // when the preview opens at the 375 px phone width
    await page.getByTestId('form-preview-toggle').click();
    await page.getByTestId('form-preview-width').getByText('手机（375 px）').click();
    const frame = page.getByTestId('form-preview-frame');
    await expect.poll(async () => (await frame.boundingBox())?.width).toBe(375);
    const trigger = frame.locator(`[data-field="${TRIGGER}"]`);
    const target = frame.locator(`[data-field="${TARGET}"]`);
    const targetInput = target.locator(`[aria-labelledby$="-label"]`).first();

    // then the new section comes first, and its 文号 is optional while 场所类别 is empty
    await expect(frame.locator('[data-section]').first()).toHaveAttribute('data-section', NEW_SECTION);
    await expect(frame.getByRole('region', { name: SECTION_TITLE })).toBeVisible();
    await expect(target).toBeVisible();
    await expect(target).not.toHaveClass(/is-required/);
    await expect(targetInput).not.toHaveAttribute('aria-required', 'true');
    await expect(frame.locator(`[data-section="${FIRE}"]`)).toHaveCount(0);

    // when the citizen answers that the premises have 500 ㎡
    const area = page.getByTestId('preview-answer-premises.area').locator('input');
    await area.fill('500');
    await area.press('Tab');
    // then the fire inspection's section applies (the generator's rule), without the two fields moved out of it
    await expect(frame.locator(`[data-section="${FIRE}"]`)).toBeVisible();
    await expect(frame.locator(`[data-field="${TRIGGER}"]`)).toHaveCount(1);

    // when the citizen picks 餐饮场所
    await trigger.locator('.el-select__wrapper').click();
    await page.getByRole('option', { name: TRIGGER_VALUE, exact: true }).click();

    // then the 文号 becomes required, and checking the form names it as missing
    await expect(target).toHaveClass(/is-required/);
    await expect(targetInput).toHaveAttribute('aria-required', 'true');
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, testInfo, 'form-preview-375-page');
    await snapTop(page, testInfo, 'form-preview-375', frame, 1400);
    await frame.getByRole('button', { name: '检查填写' }).click();
    await expect(target.getByTestId('field-errors')).toContainText('为必填项');
    await expect(targetInput).toHaveAttribute('aria-invalid', 'true');

    // and the whole preview (answers and form, every section mounted, errors shown) has no accessibility violations
    await mountEverySection(frame);
    expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0); // nothing wider than the phone
    const axe = await new AxeBuilder({ page }).include('[data-testid=form-preview-pane]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await snapTop(page, testInfo, 'form-preview-375-checked', frame, Number.POSITIVE_INFINITY);

    // and nothing went wrong in the page
    expect(problems).toEqual([]);
  });
});
