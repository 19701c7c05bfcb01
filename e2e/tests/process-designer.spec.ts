import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { restaurantCatalog } from '@yilian/shared/testing';
import { type Page } from '@playwright/test';
import { expect, test } from './csp-guard';
import { snap } from './screenshots';
import { loginThroughUi, pickOption } from './session';

const CHAIN = 'YL-370800-CY-001'; // 我要开餐饮店
const MATTERS = restaurantCatalog.chains!.find((c) => c.code === CHAIN)!.matters;
/** The OMG MIWG reference models, shipped with the @yilian/shared package. */
const MIWG = join(dirname(createRequire(import.meta.url).resolve('@yilian/shared/package.json')), 'fixtures', 'bpmn-miwg');

/** Console warnings of keys the modeler's translate did not have, and uncaught page errors. */
function watchPage(page: Page): { missing: string[]; errors: string[] } {
  const seen = { missing: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    const match = /missing translation: (.*)$/.exec(message.text());
    if (match) seen.missing.push(match[1]!);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** Opens the restaurant chain's 流程 tab with the drawing shown. */
async function openProcessTab(page: Page): Promise<void> {
  await page.getByTestId('nav-chains').click();
  await page.getByTestId(`chain-open-${CHAIN}`).click();
  await expect(page.getByTestId('composer-title')).toBeVisible();
  await page.getByTestId('tab-process').click();
  await expect(page.locator('[data-testid="process-canvas"] .djs-container')).toBeVisible();
  await expect(page.locator('[data-testid="process-canvas"] .djs-shape').first()).toBeVisible();
}

/** The XML the designer exports (what a save would send). */
async function exportedXml(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('process-export-bpmn').click();
  const file = await download;
  return readFileSync((await file.path())!, 'utf8');
}

/** Creates a user task from the palette in an empty part of the canvas; returns its id. */
async function addUserTaskFromPalette(page: Page): Promise<string> {
  await page.getByTestId('process-zoom-out').click();
  await page.getByTestId('process-zoom-out').click();
  await page.getByTestId('process-canvas').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('process-canvas').boundingBox())!;
  await page.locator('.djs-palette [data-action="create.user-task"]').click();
  expect((await page.getByTestId('process-canvas').boundingBox())!.y).toBe(box.y);
  // bottom right: below the zoomed-out drawing, away from the palette (top left) and the lint button (bottom left)
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height - 70, { steps: 4 });
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height - 70);
  // the new task is selected: the panel shows a user task without a role
  await expect(page.getByTestId('process-group-assignee')).toBeVisible();
  await page.keyboard.press('Escape'); // leave the label editing bpmn-js opens on a new task
  const id = (await page.getByTestId('process-prop-id').textContent())!.trim();
  expect(id).toMatch(/^Activity_|^UserTask_/);
  return id;
}

test.describe('process designer', () => {
  test('the restaurant chain\'s generated process is edited in the panel, linted, saved and reloaded unchanged', async ({ page }, testInfo) => {
    const seen = watchPage(page);
    // given the city administrator on the restaurant chain's 流程 tab
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);

    // then the generated process shows, not dirty, one task per matter
    await expect(page.getByTestId('process-generated')).toBeVisible();
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'saved');
    const generated = await exportedXml(page);
    for (const code of MATTERS) expect(generated).toContain(`yilian:matter="${code}"`);
    expect(generated.match(/<bpmn:userTask [^>]*yilian:matter=/g)).toHaveLength(MATTERS.length);
    await expect(page.locator('[data-testid="process-canvas"] .djs-label, [data-testid="process-canvas"] .djs-visual text').filter({ hasText: '受理' }).first()).toBeVisible();
    await page.getByTestId('process-canvas').screenshot({ path: testInfo.outputPath('process-canvas-generated.png') });

    // when a user task is added from the palette
    const id = await addUserTaskFromPalette(page);
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'dirty');

    // then lint reports its missing assignee, in the list and on the canvas
    const assigneeIssue = page.locator(`[data-testid="process-lint-${id}"][data-rule="yilian/user-task-assignee"]`);
    await expect(assigneeIssue).toBeVisible();
    await expect(page.locator(`.djs-overlays[data-container-id="${id}"] .bjsl-overlay`)).toBeVisible();
    await expect(page.getByTestId('process-prop-role-error')).toBeVisible();

    // when its name, role, department and time limit are set in the panel
    await page.getByTestId('process-prop-name').fill('现场核查');
    await page.getByTestId('process-prop-name').press('Enter');
    await pickOption(page, 'process-prop-role', 'process-prop-role-option-reviewer');
    await expect(page.getByTestId('process-prop-department-error')).toBeVisible();
    await pickOption(page, 'process-prop-department', 'process-prop-department-option-scjg');
    await page.getByTestId('process-prop-timeLimit').fill('3');
    await page.getByTestId('process-prop-timeLimit').press('Enter');

    // then the assignee issue is gone and the task shows its name
    await expect(assigneeIssue).toHaveCount(0);
    await expect(page.getByTestId('process-prop-role-error')).toHaveCount(0);
    await expect(page.locator(`[data-element-id="${id}"]`).getByText('现场核查')).toBeVisible();
    await page.getByTestId('process-canvas').screenshot({ path: testInfo.outputPath('process-canvas-edited.png') });

    // when saved
    await page.getByTestId('process-save').click();
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('process-generated')).toHaveCount(0);
    const saved = await exportedXml(page);

    // and the page is reloaded
    await page.reload();
    await page.getByTestId('tab-process').click();
    await expect(page.locator(`[data-testid="process-canvas"] [data-element-id="${id}"]`)).toBeVisible();

    // then the drawing is the saved one, with the task's values
    await expect(page.getByTestId('process-generated')).toHaveCount(0);
    expect(await exportedXml(page)).toBe(saved);
    expect(saved).toMatch(new RegExp(`<bpmn:userTask id="${id}" name="现场核查" [^>]*yilian:role="reviewer"`));
    await page.getByTestId(`process-lint-${id}`).first().click();
    await expect(page.getByTestId('process-prop-timeLimit')).toHaveValue('3');
    await expect(page.getByTestId('process-prop-department')).toContainText('市场监督管理局');
    expect(seen.missing).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('undo in the canvas undoes the drawing only, never the chain document', async ({ page }) => {
    // given the chain with an unsaved edit of its name (the composer's undo stack) and the 流程 tab
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    await page.getByTestId('composer-name').locator('input').fill('我要开餐饮店（改）');
    await page.getByTestId('composer-name').locator('input').press('Enter');
    await expect(page.getByTestId('composer-undo')).toBeEnabled();
    const id = await addUserTaskFromPalette(page);
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(1);

    // when Ctrl+Z is pressed on the canvas
    await page.locator('[data-testid="process-canvas"] svg').first().focus();
    await page.keyboard.press('Control+z');

    // then the task is gone and the chain's name edit stays
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(0);
    await expect(page.getByTestId('composer-name').locator('input')).toHaveValue('我要开餐饮店（改）');
    // when Ctrl+Shift+Z, then the task is back
    await page.keyboard.press('Control+Shift+z');
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(1);
    await expect(page.getByTestId('composer-name').locator('input')).toHaveValue('我要开餐饮店（改）');
  });

  test('a save on a stale revision is refused: the author is told, nothing is overwritten, reload brings the latest', async ({ page }) => {
    // given the process tab open, and someone else saving the process meanwhile
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    const current = (await (await page.request.get(`/api/chains/${CHAIN}/process`)).json()) as { xml: string; revision: number };
    const theirs = current.xml.replace('name="统一反馈"', 'name="统一反馈（他人修改）"');
    expect(theirs).not.toBe(current.xml);
    const put = await page.request.put(`/api/chains/${CHAIN}/process`, { data: { xml: theirs, revision: current.revision } });
    expect(put.status()).toBe(200);

    // when the author adds a task and saves
    const id = await addUserTaskFromPalette(page);
    await page.getByTestId('process-save').click();

    // then the save is refused with the conflict alert, and their version is still on the server
    await expect(page.getByTestId('process-conflict')).toBeVisible();
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'conflict');
    await expect(page.getByTestId('process-save')).toBeDisabled();
    const stored = (await (await page.request.get(`/api/chains/${CHAIN}/process`)).json()) as { xml: string };
    expect(stored.xml).toBe(theirs);

    // when the author reloads
    await page.getByTestId('process-conflict-reload').click();

    // then the latest process shows, clean, without the author's task
    await expect(page.getByTestId('process-conflict')).toHaveCount(0);
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'saved');
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(0);
    await expect(page.locator('[data-testid="process-canvas"] [data-element-id="Task_feedback"]')).toContainText('他人修改');
  });

  test('regenerate from chain lists what would change before replacing the drawing', async ({ page }) => {
    // given the process with an extra drawn task (not saved)
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    const id = await addUserTaskFromPalette(page);

    // when regenerating
    await page.getByTestId('process-regenerate').click();

    // then the dialog names the drawn task as removed, and nothing is replaced yet
    await expect(page.getByTestId('process-regenerate-diff')).toContainText(id);
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(1);
    // when cancelled, the drawing stays; when confirmed, it is the generated process (one task per matter), unsaved
    await page.getByTestId('process-regenerate-cancel').click();
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(1);
    await page.getByTestId('process-regenerate').click();
    await page.getByTestId('process-regenerate-confirm').click();
    await expect(page.locator(`[data-element-id="${id}"]`)).toHaveCount(0);
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'dirty');
    const xml = await exportedXml(page);
    expect(xml.match(/<bpmn:userTask [^>]*yilian:matter=/g)).toHaveLength(MATTERS.length);

    // when leaving the chain with the unsaved drawing, then the author is asked first and may stay
    await page.getByTestId('composer-back').click();
    await expect(page.getByText('流程有未保存的修改')).toBeVisible();
    await page.getByRole('button', { name: '留下' }).click();
    await expect(page.getByTestId('process-designer')).toBeVisible();
  });

  test('palette, context pad and replace menu are in Chinese with no missing key', async ({ page }, testInfo) => {
    const seen = watchPage(page);
    // given the process tab
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);

    // then every palette entry has a Chinese title, user task among them
    const titles = await page.locator('.djs-palette .entry[aria-label]').evaluateAll((entries) => entries.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(title).toMatch(/\p{Script=Han}/u);
    expect(titles).toContain('创建用户任务');

    // when the context pad and the replace menu of a task, a gateway and a flow open
    const task = page.locator('[data-testid="process-canvas"] .djs-shape[data-element-id="Task_feedback"]');
    await page.getByTestId('process-zoom-fit').click();
    await task.click();
    await expect(page.locator('.djs-context-pad .entry').first()).toBeVisible();
    const padTitles = await page.locator('.djs-context-pad .entry[title]').evaluateAll((entries) => entries.map((e) => e.getAttribute('title') ?? ''));
    for (const title of padTitles) expect(title).toMatch(/\p{Script=Han}/u);
    expect(padTitles).toContain('追加用户任务');
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await expect(page.locator('.djs-popup').getByText('服务任务', { exact: true })).toBeVisible();
    await expect(page.locator('.djs-popup').getByText('子流程（折叠）', { exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('process-replace-menu.png') });
    await page.keyboard.press('Escape');
    const gateway = page.locator('[data-testid="process-canvas"] .djs-shape[data-element-id^="Gateway_"]:not([data-element-id$="_label"])').last();
    await page.getByTestId('process-zoom-fit').click();
    await gateway.click();
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await expect(page.locator('.djs-popup').getByText('并行网关', { exact: true })).toBeVisible();
    await expect(page.locator('.djs-popup').getByText('复杂网关', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    // then no key was missing from our tables
    expect(seen.missing).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test('every MIWG reference file opens in the real modeler', async ({ page }) => {
    const seen = watchPage(page);
    // given the process tab of a draft chain
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    const files = readdirSync(MIWG).filter((name) => name.endsWith('.bpmn')).sort();
    expect(files).toHaveLength(12);

    for (const name of files) {
      // when the file is imported (choosing the first diagram where there are several)
      await page.getByTestId('process-import-file').setInputFiles(join(MIWG, name));
      const chooser = page.getByTestId('process-diagram-open');
      const done = page.getByTestId('process-import-done');
      await expect(chooser.or(done).or(page.getByTestId('process-import-error'))).toBeVisible();
      if (await chooser.isVisible()) await chooser.click();
      // then it is drawn, named as imported, without an error
      await expect(done, name).toContainText(name);
      await expect(page.getByTestId('process-import-error')).toHaveCount(0);
      await expect(page.locator('[data-testid="process-canvas"] .djs-shape').first()).toBeVisible();
      await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'dirty');
    }
    expect(seen.errors).toEqual([]);
  });

  test('a file that is not BPMN is refused with a message, the drawing stays', async ({ page }) => {
    // given the process tab with the generated drawing
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    const shapes = await page.locator('[data-testid="process-canvas"] .djs-shape').count();

    // when a non-BPMN XML file is imported
    await page.getByTestId('process-import-file').setInputFiles({ name: 'note.xml', mimeType: 'application/xml', buffer: Buffer.from('<note><to>x</to></note>') });

    // then it is refused in words and the drawing is unchanged
    await expect(page.getByTestId('process-import-error')).toContainText('note.xml');
    await expect(page.getByTestId('process-import-error')).toContainText('BPMN');
    await expect(page.locator('[data-testid="process-canvas"] .djs-shape')).toHaveCount(shapes);
    await expect(page.getByTestId('process-save-state')).toHaveAttribute('data-state', 'saved');
  });

  test('county administrators see the process read-only: no palette, no context pad, panel disabled', async ({ page }, testInfo) => {
    // given a county administrator on the city's restaurant chain
    await loginThroughUi(page, '/designer/login', 'county-admin.370811');
    await openProcessTab(page);

    // then there is no palette and no save
    await expect(page.getByTestId('process-readonly')).toBeVisible();
    await expect(page.locator('.djs-palette .entry')).toHaveCount(0);
    await expect(page.getByTestId('process-save')).toHaveCount(0);
    // when a task is clicked, then no context pad opens and the panel is disabled
    await page.locator('[data-testid="process-canvas"] .djs-shape[data-element-id="Task_feedback"]').click();
    await expect(page.getByTestId('process-group-assignee')).toBeVisible();
    await expect(page.locator('.djs-context-pad .entry')).toHaveCount(0);
    await expect(page.getByTestId('process-prop-name')).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('process-readonly.png') });
  });

  test('the canvas at desktop and 375 px wide, and a PNG export with Chinese labels', async ({ page }, testInfo) => {
    // given the process tab at desktop width
    await page.setViewportSize({ width: 1440, height: 1000 });
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await openProcessTab(page);
    await page.getByTestId('process-minimap').click();
    await page.getByTestId('process-canvas').screenshot({ path: testInfo.outputPath('process-canvas-desktop.png') });

    // when exported as PNG
    const download = page.waitForEvent('download');
    await page.getByTestId('process-export-png').click();
    const png = readFileSync((await (await download).path())!);
    // then it is a PNG of the drawing's size
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    const exported = testInfo.outputPath('process-export.png');
    await (await download).saveAs(exported);
    await testInfo.attach('process-export', { path: exported, contentType: 'image/png' });

    // when the window is 375 px wide
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('process-zoom-fit').click();
    // then canvas and panel stack and fit the width
    const canvas = (await page.getByTestId('process-canvas').boundingBox())!;
    expect(canvas.width).toBeLessThanOrEqual(375);
    await page.getByTestId('process-canvas').screenshot({ path: testInfo.outputPath('process-canvas-375.png') });
    await snap(page, testInfo, 'process-375');
  });
});
