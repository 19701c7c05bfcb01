import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { vendorChunkGroups } from '../runtime/build/chunks';
import { precompress } from '../runtime/build/precompress';

// The admin app (designer), served by the server at `/designer/`.
export default defineConfig({
  base: '/designer/',
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
