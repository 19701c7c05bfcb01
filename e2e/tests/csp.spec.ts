import { expect, test } from './csp-guard';

test.describe('content security policy', () => {
  test('the apps are served with a strict CSP and the guard sees what it blocks', async ({ page, request, cspViolations }) => {
    // given the runtime's and the designer's pages with their headers
    for (const path of ['/', '/designer/login']) {
      const res = await request.get(path);
      const csp = res.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
    }
    await page.goto('/');
    await expect(page.locator('#app')).not.toBeEmpty();

    // when something injects an inline script into the page
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
    });

    // then the browser refused it and the guard recorded the violation
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    cspViolations.splice(0); // the violation was provoked on purpose: the guard must not fail this test
  });
});
