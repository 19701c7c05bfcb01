/* global console, process -- Node */
// `BENCH <app>_first_page_kib_gz`: the gzip size of the JS and CSS an app's first route loads for an anonymous
// visitor (the entry, the route's chunk and their static imports; lazy chunks, fonts and images excluded), read
// from the built app's Vite manifest. Usage: node first-page-size.mjs <dist dir> <app name> <route module>
// (e.g. `dist portal src/pages/HomePage.vue`). Build first (`npm run bench` does).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [distArg, app, routeModule] = process.argv.slice(2);
if (!distArg || !app || !routeModule) {
  console.error('usage: node first-page-size.mjs <dist dir> <app name> <route module>');
  process.exit(2);
}
const dist = resolve(distArg);
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`no Vite manifest at ${manifestPath}: build the app first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error(`${manifestPath}: no entry chunk`);
if (!manifest[routeModule]) throw new Error(`${manifestPath}: no chunk for the first route's module ${routeModule}`);

/** Every JS and CSS file a chunk loads before it runs: itself, its CSS and its static imports, recursively. */
function filesOf(key, files = new Set(), seen = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${manifestPath}: unknown chunk ${key}`);
  if (/\.(js|css)$/.test(chunk.file)) files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) filesOf(imported, files, seen);
  return files;
}

const files = [...filesOf(routeModule, filesOf(entryKey))];
const sizes = files.map((file) => ({ file, gz: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
const total = sizes.reduce((sum, { gz }) => sum + gz, 0);
for (const { file, gz } of sizes.sort((a, b) => b.gz - a.gz)) console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KiB gz  ${file}`);
console.log(`BENCH ${app}_first_page_kib_gz ${(total / 1024).toFixed(1)} KiB`);
