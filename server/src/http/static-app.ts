import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.map': 'application/json',
};

/** The precompressed variant the client accepts (built beside the file at build time), brotli first. */
function encodedVariant(file: string, acceptEncoding: string): { path: string; encoding: string } | undefined {
  const accepted = new Set(acceptEncoding.split(',').flatMap((part) => {
    const [name = '', ...params] = part.split(';').map((t) => t.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return q !== undefined && Number(q.slice(2)) === 0 ? [] : [name];
  }));
  const accepts = (name: string) => accepted.has(name);
  if (accepts('br') && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (accepts('gzip') && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return undefined;
}

/**
 * Serves a built single-page app from `root` under `prefix`: files as they are, precompressed (br,
 * gzip) when the client accepts it, hashed assets cached for a year; any other path without a file
 * extension gets index.html (client-side routing). Dot-files and dot-directories are never served.
 */
export function serveSpa(root: string, prefix: string) {
  return (c: Context): Response => {
    const rel = decodeURIComponent(c.req.path.slice(prefix.length)).replace(/^\/+/, '');
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) && file !== root) return c.text('Not found', 404);
    // build metadata (Vite's .vite/manifest.json) and any other dot-file are not part of the app
    if (rel.split('/').some((segment) => segment.startsWith('.'))) return c.text('Not found', 404);
    if (rel && existsSync(file) && statSync(file).isFile()) {
      const immutable = rel.startsWith('assets/');
      const variant = encodedVariant(file, c.req.header('accept-encoding') ?? '');
      return new Response(readFileSync(variant?.path ?? file), {
        headers: {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          vary: 'accept-encoding',
          ...(variant ? { 'content-encoding': variant.encoding } : {}),
        },
      });
    }
    if (extname(rel)) return c.text('Not found', 404);
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.text(`App not built: ${root}`, 503);
    return c.html(readFileSync(index, 'utf8'), 200, { 'cache-control': 'no-cache' });
  };
}
