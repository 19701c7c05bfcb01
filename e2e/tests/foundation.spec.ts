import { expect, test, watchCsp } from './csp-guard';
import { snap } from './screenshots';
import { loginThroughUi, pickOption, rowOf } from './session';

test.describe('foundation', () => {
  test('a city admin creates a department and a reviewer bound to it', async ({ page, request }, testInfo) => {
    // given the city administrator signed in to the designer
    await loginThroughUi(page, '/designer/login', 'city-admin.370800');
    await snap(page, testInfo, 'designer-dashboard');

    // when they create a department 民政局 (mz)
    await page.getByTestId('nav-departments').click();
    await expect(page.getByTestId('departments-table')).toBeVisible();
    await page.getByTestId('department-create').click();
    await page.getByTestId('department-code').fill('mz');
    await page.getByTestId('department-name').fill('民政局');
    await snap(page, testInfo, 'department-dialog');
    await page.getByTestId('department-save').click();

    // then it is listed
    await expect(rowOf(page, 'department-row-mz')).toContainText('民政局');
    await snap(page, testInfo, 'departments');

    // when they create a reviewer of that department
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('reviewer.mz.370800');
    await page.getByTestId('user-display-name').fill('民政审批员');
    await page.getByTestId('user-password').fill('reviewer-pass-1');
    await page.getByTestId('user-mobile').fill('13712345678');
    await pickOption(page, 'user-role-0', 'user-role-option-reviewer');
    await pickOption(page, 'user-department-0', 'user-department-option-mz');
    await snap(page, testInfo, 'user-dialog');
    await page.getByTestId('user-save').click();

    // then the reviewer is listed with a masked mobile and can sign in with the reviewer role
    const row = rowOf(page, 'user-row-reviewer.mz.370800');
    await expect(row).toBeVisible();
    await expect(row).toContainText('137****5678');
    await snap(page, testInfo, 'users');
    const login = await request.post('/api/auth/login', { data: { username: 'reviewer.mz.370800', password: 'reviewer-pass-1' } });
    expect(login.status()).toBe(200);
    const me = await login.json();
    expect(me.user.roles).toEqual([{ role: 'reviewer', departmentId: expect.any(String) }]);
  });

  test('a citizen registers on a phone and signs in again', async ({ browser, cspViolations }, testInfo) => {
    // given a phone-sized browser
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await watchCsp(context, cspViolations);
    const page = await context.newPage();
    await page.goto('/');
    await snap(page, testInfo, 'portal-home-375');

    // when they register as a citizen with a valid ID number
    await page.goto('/register');
    await page.getByTestId('register-name').fill('王小明');
    await page.getByTestId('register-id-number').fill('11010519491231002X');
    await page.getByTestId('register-mobile').fill('13612345678');
    await page.getByTestId('register-password').fill('citizen-pass-1');
    await snap(page, testInfo, 'register-375');
    await page.getByTestId('register-submit').click();

    // then they are signed in on 我的办件
    await expect(page).toHaveURL(/\/my-cases/);
    await expect(page.getByTestId('my-cases-empty')).toBeVisible();
    await snap(page, testInfo, 'my-cases-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);

    // when they sign out and sign in again with the mobile number
    await context.clearCookies();
    await page.goto('/login');
    await page.getByTestId('login-username').fill('13612345678');
    await page.getByTestId('login-password').fill('citizen-pass-1');
    await page.getByTestId('login-submit').click();

    // then they leave the login page and the collapsed menu shows their name
    await expect(page).not.toHaveURL(/\/login/);
    await page.getByTestId('shell-menu-toggle').click();
    await expect(page.getByTestId('user-menu-name')).toContainText('王小明');
    await snap(page, testInfo, 'login-again-375');
    await context.close();
  });

  test('registration names the wrong ID number before anything is sent', async ({ page }) => {
    await page.goto('/register');
    await page.getByTestId('register-name').fill('王小明');
    await page.getByTestId('register-id-number').fill('370811199001011234');
    await page.getByTestId('register-mobile').fill('13612345679');
    await page.getByTestId('register-password').fill('citizen-pass-1');
    await page.getByTestId('register-submit').click();
    await expect(page.getByText('身份证号校验位错误')).toBeVisible();
    await expect(page).toHaveURL(/\/register/);
  });
});
