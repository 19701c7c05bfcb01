import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'yilian-demo';

/** Signs in through an app's login page (designer: '/designer/login', runtime: '/login'). */
export async function loginThroughUi(page: Page, loginPath: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(loginPath);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Picks an option of an Element Plus select by the option's test id. */
export async function pickOption(page: Page, selectTestId: string, optionTestId: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(optionTestId).click();
}

/** The table row that holds the element with the given test id (tables mark a cell, not the row). */
export function rowOf(page: Page, cellTestId: string): Locator {
  return page.locator('tr', { has: page.getByTestId(cellTestId) });
}
