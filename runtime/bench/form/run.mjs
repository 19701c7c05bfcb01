/* global console, process, URL, window, document, requestIdleCallback -- Node, and the page in evaluate() */
/**
 * The 1,000-field form benchmark: our FormRenderer vs plain @formily/vue + @formily/element-plus on the
 * same schema (schema.ts). Builds both pages with Vite (production) into node_modules/.cache, serves them
 * on 127.0.0.1 and drives Chromium (Playwright, /usr/bin/chromium or $YILIAN_CHROMIUM). Per variant, 3 runs
 * interleaved ($FORM_BENCH_RUNS), medians printed as `BENCH <name> <value> <unit>`:
 * - render: navigation start → the page's mark after the paint following mount (ours: the first section;
 *   `?mount=all` every section; the baseline mounts everything),
 * - keystroke: 60 keys typed into the first text field, each keydown → the paint after its `input` (p95),
 * - heap: the JS heap after forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), after typing.
 * Figures are printed, never asserted: it exits 0 whenever the measurement ran. `--build-only` builds the
 * pages (to open or profile them) and stops; `--no-minify` keeps names readable in profiles.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { chromium } from 'playwright';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', '..', 'node_modules', '.cache', 'bench', 'form');
const RUNS = Number(process.env.FORM_BENCH_RUNS ?? 3);
const KEYSTROKES = 60; // p95 of 60 samples is the 3rd worst: steadier than of 30 (the 2nd worst) on a shared machine
const TIMEOUT = 180_000;
const CHROMIUM = process.env.YILIAN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc',
];

const VARIANTS = [
  { id: 'formily', page: 'formily.html' },
  { id: 'ours', page: 'ours.html' },
  { id: 'ours-all', page: 'ours.html?mount=all' },
];

const log = (line) => console.log(`# ${line}`);
const round = (value, digits = 1) => Number(value.toFixed(digits));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const load = () => loadavg().map((v) => v.toFixed(1)).join(' ');

async function buildPages() {
  await build({
    root: HERE,
    base: './',
    configFile: false,
    mode: 'production',
    logLevel: 'error',
    plugins: [vue()],
    define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    // @formily/element-plus 1.1.0 styles are Sass written for older compilers
    css: { preprocessorOptions: { scss: { silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'legacy-js-api'] } } },
    build: {
      outDir: OUT,
      minify: !process.argv.includes('--no-minify'),
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: { ours: join(HERE, 'ours.html'), formily: join(HERE, 'formily.html') } },
    },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };

/** A static server of the built pages on 127.0.0.1 (a free port). */
async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(OUT, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** One measurement of a variant in a fresh browser context. */
async function measure(browser, origin, variant) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/${variant.page}`, { timeout: TIMEOUT, waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.rendered !== undefined, undefined, { timeout: TIMEOUT, polling: 50 });
    const rendered = await page.evaluate(() => window.__bench.rendered);
    // let what the first paint scheduled (sections scrolled near, deferred work) finish before typing
    await page.waitForTimeout(1000);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    const target = page.locator(await page.evaluate(() => window.__bench.typeTarget)).first();
    await target.click();
    await page.evaluate(() => {
      window.__bench.keystrokes.length = 0;
    });
    for (let i = 0; i < KEYSTROKES; i += 1) {
      await page.keyboard.press('a');
      await page.waitForFunction((n) => window.__bench.keystrokes.length >= n, i + 1, { timeout: TIMEOUT, polling: 'raf' });
    }
    const keystrokes = await page.evaluate(() => window.__bench.keystrokes.slice());
    const typed = await target.inputValue();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      inputs: document.querySelectorAll('input, textarea').length,
    }));
    if (typed.length !== KEYSTROKES) errors.push(`typed ${typed.length} characters, expected ${KEYSTROKES}`);
    return { rendered, keystrokes, heapMb: usedSize / 2 ** 20, dom, errors };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set YILIAN_CHROMIUM)`);
  log(`form bench: 1,000 fields, ${RUNS} runs per variant, ${KEYSTROKES} keystrokes; ${cpus().length} CPUs, load ${load()}`);
  const started = Date.now();
  await buildPages();
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${OUT}`);
  if (process.argv.includes('--build-only')) return;
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const results = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      for (const variant of VARIANTS) {
        try {
          const r = await measure(browser, origin, variant);
          results[variant.id].push(r);
          log(`${variant.id} run ${run}: rendered ${r.rendered.toFixed(0)} ms, keystroke p95 ${percentile(r.keystrokes, 95).toFixed(1)} ms `
            + `(median ${median(r.keystrokes).toFixed(1)}, max ${Math.max(...r.keystrokes).toFixed(1)}), heap ${r.heapMb.toFixed(1)} MB, `
            + `${r.dom.elements} elements, ${r.dom.inputs} inputs; load ${load()}${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`);
        } catch (error) {
          log(`${variant.id} run ${run} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const missing = VARIANTS.filter((v) => results[v.id].length === 0).map((v) => v.id);
  if (missing.length > 0) throw new Error(`no successful run of ${missing.join(', ')}`);
  const fig = (id, pick) => median(results[id].map(pick));
  const render = (id) => fig(id, (r) => r.rendered);
  const p95 = (id) => fig(id, (r) => percentile(r.keystrokes, 95));
  const heap = (id) => fig(id, (r) => r.heapMb);
  const lines = [
    ['form_render_ours_ms', round(render('ours'), 0), 'ms'],
    ['form_render_all_mounted_ms', round(render('ours-all'), 0), 'ms'],
    ['form_render_formily_ms', round(render('formily'), 0), 'ms'],
    ['form_render_vs_formily', round(render('ours') / render('formily'), 3), 'x'],
    ['form_keystroke_1000_p95_ms', round(p95('ours')), 'ms'],
    ['form_keystroke_all_mounted_p95_ms', round(p95('ours-all')), 'ms'],
    ['form_keystroke_formily_p95_ms', round(p95('formily')), 'ms'],
    ['form_heap_1000_mb', round(heap('ours')), 'MB'],
    ['form_heap_all_mounted_mb', round(heap('ours-all')), 'MB'],
    ['form_heap_formily_mb', round(heap('formily')), 'MB'],
  ];
  log(`all mounted vs baseline: ${(render('ours-all') / render('formily')).toFixed(3)} x; took ${((Date.now() - started) / 1000).toFixed(0)} s, load ${load()}`);
  for (const [name, value, unit] of lines) console.log(`BENCH ${name} ${value} ${unit}`);
}

main().catch((error) => {
  console.error(`form bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
