/**
 * Where uploaded bytes live: one interface, one directory implementation (YILIAN_FILES). Several
 * nodes need that directory on shared storage. Files are written atomically (temp + rename), 0600.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface FileStore {
  put(id: string, bytes: Uint8Array): void;
  read(id: string): Buffer;
  remove(id: string): void;
}

const SAFE_ID = /^[a-f0-9-]{36}$/;

/** A store in `dir`, two-level fan-out by id prefix. */
export function directoryFileStore(dir: string): FileStore {
  const root = resolve(dir);
  const pathOf = (id: string) => {
    if (!SAFE_ID.test(id)) throw new Error(`invalid file id ${id}`);
    return join(root, id.slice(0, 2), id);
  };
  return {
    put(id, bytes) {
      const target = pathOf(id);
      mkdirSync(join(root, id.slice(0, 2)), { recursive: true, mode: 0o700 });
      const temp = `${target}.part`;
      writeFileSync(temp, bytes, { mode: 0o600 });
      renameSync(temp, target);
    },
    read: (id) => readFileSync(pathOf(id)),
    remove: (id) => rmSync(pathOf(id), { force: true }),
  };
}
