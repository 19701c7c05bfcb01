import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server package's root folder, found from this module's location (works from src/ and dist/). */
export function serverRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@yilian/server') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('serverRoot: @yilian/server package.json not found');
    dir = parent;
  }
}

/** Where drizzle-kit's committed migrations live. */
export const migrationsFolder = (): string => join(serverRoot(), 'drizzle');

/** The built single-page apps served by the server. */
export const appDist = (app: 'designer' | 'runtime'): string => join(serverRoot(), '..', app, 'dist');
