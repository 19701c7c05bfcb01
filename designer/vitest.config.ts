import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

/**
 * Tests that need a DOM: component tests (named after their PascalCase .vue file) and `*.dom.test.ts`
 * (logic that reads browser globals such as localStorage). Every other `*.test.ts` is pure logic and runs in Node.
 * `*.browser.test.ts` are for real Chromium (runtime/vitest.browser.config.ts), never happy-dom.
 */
const DOM_TESTS = ['src/**/[A-Z]*.test.ts', 'src/**/*.dom.test.ts'];
const BROWSER_TESTS = ['src/**/*.browser.test.ts'];

export default defineConfig({
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'], exclude: [...DOM_TESTS, ...BROWSER_TESTS] } },
      {
        extends: true,
        test: {
          name: 'happy-dom',
          environment: 'happy-dom',
          include: DOM_TESTS,
          exclude: BROWSER_TESTS,
          setupFiles: ['src/testing/dom-setup.ts'],
          // whole pages of Element Plus components take seconds to mount in happy-dom on a busy machine
          testTimeout: 20_000,
          // Element Plus and the pages load once per worker instead of once per file (most of the layer's
          // time was importing them); dom-setup.ts cleans up after every test.
          isolate: false,
          // Element Plus goes through Vite: its CommonJS dependencies (async-validator) need Vite's interop,
          // which a native import lacks (form rules would silently pass).
          server: { deps: { inline: ['element-plus'] } },
        },
      },
    ],
  },
});
