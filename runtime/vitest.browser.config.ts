import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';

/**
 * Browser mode: `*.browser.test.ts` run in real Chromium, for what happy-dom cannot do (layout, fonts, print
 * CSS; later bpmn-js and Formily canvases). The same Debian Chromium as the e2e suite, never a downloaded one.
 * Run: `pnpm --filter @yilian/runtime test:browser`. A new browser test only needs the file name.
 */
const chromium = process.env.YILIAN_CHROMIUM ?? '/usr/bin/chromium';

/** `commands.emulateMedia('print' | 'screen')`: switches the CSS media type of the page under test. */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen']> = async (context, media) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the playwright provider');
  await context.page.emulateMedia({ media });
};

export default defineConfig({
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    name: 'browser',
    include: ['src/**/*.browser.test.ts'],
    css: true, // the style sheets are what these tests look at
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { emulateMedia },
    },
  },
});
