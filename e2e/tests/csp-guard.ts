import { expect, test as base, type BrowserContext } from '@playwright/test';

/** The prefix the page's own listener writes each `securitypolicyviolation` with. */
const PREFIX = '[csp-violation]';

/**
 * Records every Content-Security-Policy violation in the context's pages: the `securitypolicyviolation`
 * events (written to the console by an init script, which CSP does not govern) and Chromium's own
 * "Refused to … Content Security Policy" console errors.
 */
export async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${prefix} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  }, PREFIX);
  context.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith(PREFIX) || /Content Security Policy/i.test(text)) violations.push(text);
  });
}

/**
 * Playwright's `test` with an automatic CSP guard: a test fails when its browser console shows any
 * Content-Security-Policy violation. This is also what keeps the apps free of inline scripts and of
 * `eval`/`new Function` (the CSP forbids both). A context a test opens itself is watched with `watchCsp`.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
