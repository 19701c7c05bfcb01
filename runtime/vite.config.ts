import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { vendorChunkGroups } from './build/chunks';
import { precompress } from './build/precompress';

// Citizen portal and staff workbench, served by the server at `/`.
export default defineConfig({
  base: '/',
  plugins: [vue(), precompress()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  // The manifest lets `npm run bench` measure what each route loads (bench/first-page-size.mjs).
  build: { outDir: 'dist', manifest: true, rolldownOptions: { output: { codeSplitting: { groups: vendorChunkGroups } } } },
});
