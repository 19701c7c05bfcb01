// Bundles the server with its dependencies into dist/ (one file per entry); only the native
// better-sqlite3 addon stays external. Workspace packages' dependencies (feelin, zod) are bundled
// too, so dist/ never depends on what server/node_modules happens to link.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['better-sqlite3'],
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __yilianCreateRequire } from 'node:module'; const require = __yilianCreateRequire(import.meta.url);" },
});
