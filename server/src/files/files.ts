/** Uploading and reading files (材料): checked on their magic bytes, hashed, stored outside the database. */
import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FormSchema } from '@yilian/shared';
import { files } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError, invalidInput, notFound } from '../errors';
import { recordAudit } from '../audit/record';
import { readChainForm } from '../chains/chain-form';
import { sniffFileKind } from './file-kind';
import type { FileStore } from './file-store';
import { DEFAULT_LIMITS, fieldLimits, type UploadLimits } from './upload-limits';

/** A stored file as form values carry it. */
export interface FileEntry {
  id: string;
  name: string;
  size: number;
  sha256: string;
  type: string;
}

export interface UploadInput {
  name: string;
  bytes: Uint8Array;
  /** The chain (id or code) and file field the upload is for: their limits apply. */
  chain?: string | undefined;
  field?: string | undefined;
}

/** A display name without path parts or control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 200);
  return clean === '' ? 'file' : clean;
}

async function limitsFor(db: Database, auth: AuthState, input: UploadInput): Promise<UploadLimits> {
  if (!input.chain || !input.field) return DEFAULT_LIMITS;
  const form = await readChainForm(db.read, auth, input.chain);
  const limits = fieldLimits(form.schema as FormSchema, input.field);
  if (!limits) throw invalidInput(`field: 表单中没有文件字段 ${input.field}`, 'field');
  return limits;
}

/** Checks an upload against its field's limits and stores it; the bytes go to the store before the row. */
export async function uploadFile(db: Database, store: FileStore, auth: AuthState, input: UploadInput, now: Date): Promise<FileEntry> {
  if (input.bytes.length === 0) throw invalidInput('file: 文件为空', 'file');
  const limits = await limitsFor(db, auth, input);
  if (input.bytes.length > limits.maxSize) {
    throw new DomainError('invalid', 'file_too_large', `file: 文件超过 ${Math.floor(limits.maxSize / 1024 / 1024)} MB 上限`, { path: 'file' });
  }
  const kind = sniffFileKind(input.bytes);
  if (kind === null || !limits.accept.includes(kind)) {
    throw new DomainError('invalid', 'file_type', `file: 只接受 ${limits.accept.join('、')} 文件（按文件内容识别）`, { path: 'file' });
  }
  const entry: FileEntry = { id: randomUUID(), name: cleanName(input.name), size: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'), type: kind };
  store.put(entry.id, input.bytes);
  try {
    await db.withTx(async (tx) => {
      await tx.insert(files).values({ ...entry, tenantId: auth.tenantId, ownerId: auth.user.id, createdAt: now.toISOString() });
      await recordAudit(db, tx, auth, now, { action: 'file.upload', targetType: 'file', targetId: entry.id, tenantId: auth.tenantId, after: { name: entry.name, size: entry.size, sha256: entry.sha256, type: entry.type } });
    });
  } catch (err) {
    store.remove(entry.id);
    throw err;
  }
  return entry;
}

/** A file's record and bytes for its uploader (anyone else: 404, as if missing). */
export async function readFile(db: Database, store: FileStore, auth: AuthState, id: string): Promise<{ entry: FileEntry; bytes: Buffer }> {
  const [row] = await db.read.select().from(files).where(and(eq(files.id, id), eq(files.ownerId, auth.user.id)));
  if (!row) throw notFound('文件');
  return { entry: { id: row.id, name: row.name, size: row.size, sha256: row.sha256, type: row.type }, bytes: store.read(row.id) };
}
