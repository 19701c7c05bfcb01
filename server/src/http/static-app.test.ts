import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serveSpa } from './static-app';

function given() {
  const root = mkdtempSync(join(tmpdir(), 'yilian-spa-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'app.js.gz'), gzipSync('console.log(1)'));
  writeFileSync(join(root, 'app.js.br'), 'brotli-bytes');
  mkdirSync(join(root, '.vite'));
  writeFileSync(join(root, '.vite', 'manifest.json'), '{"index.html":{}}');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  const app = new Hono();
  app.get('*', serveSpa(root, ''));
  return app;
}

describe('serveSpa', () => {
  it('sends the precompressed variant the client accepts, brotli first', async () => {
    const app = given();
    const br = await app.request('/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    const gz = await app.request('/app.js', { headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/app.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log(1)');
  });

  it('answers index.html for client routes and 404 for missing files', async () => {
    const app = given();
    expect(await (await app.request('/cases/1')).text()).toContain('<title>x</title>');
    expect((await app.request('/missing.js')).status).toBe(404);
  });

  it('never serves build metadata or other dot-files', async () => {
    const app = given();
    expect((await app.request('/.vite/manifest.json')).status).toBe(404);
    expect((await app.request('/.env')).status).toBe(404);
  });
});
