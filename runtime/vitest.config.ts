import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
    // Element Plus must share the one Vue instance the components use (provide/inject across them).
    server: { deps: { inline: ['element-plus'] } },
  },
});
