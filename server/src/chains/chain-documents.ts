import { createHash } from 'node:crypto';
import { and, eq, inArray, or } from 'drizzle-orm';
import { findForbiddenKey } from '@yilian/shared';
import { chainDocuments, chains } from '../db/schema';
import type { Database, Reader } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError, forbidden, invalidInput, notDraft, notFound, staleRevision } from '../errors';
import { recordAudit } from '../audit/record';
import { catalogTenantId } from '../catalog/catalog-tenant';

/** The documents a chain has beside its recipe. */
export const CHAIN_DOCUMENT_KINDS = ['form', 'process'] as const;
export type ChainDocumentKind = (typeof CHAIN_DOCUMENT_KINDS)[number];

/** What each document holds: the form is a Formily JSON schema (an object), the process BPMN 2.0 XML text. */
export interface ChainDocumentContent {
  form: Record<string, unknown>;
  process: string;
}

export interface ChainDocument<K extends ChainDocumentKind = ChainDocumentKind> {
  chainId: string;
  kind: K;
  /** null until the document is first saved. */
  content: ChainDocumentContent[K] | null;
  /** 0 until the document is first saved; every save adds 1. */
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const LABELS: Record<ChainDocumentKind, string> = { form: '表单', process: '流程' };

/** A BPMN 2.0 document: its root element is `definitions` (any namespace prefix), after an optional XML declaration. */
const BPMN_ROOT = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?definitions[\s>/]/;

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A chain the actor may see: the acting tenant's own chains and the city's (which every county and zone
 * inherits). Any other tenant's chain is answered exactly like a missing one (404).
 */
async function visibleChain(db: Reader, auth: AuthState, idOrCode: string) {
  const tenants = [...new Set([auth.tenantId, await catalogTenantId(db)])];
  const [row] = await db.select({ id: chains.id, tenantId: chains.tenantId, status: chains.status }).from(chains)
    .where(and(or(eq(chains.id, idOrCode), eq(chains.code, idOrCode)), inArray(chains.tenantId, tenants)));
  if (!row) throw notFound('主题');
  return row;
}

/** Validates a document's content for its kind and returns the text to store. */
function contentText<K extends ChainDocumentKind>(kind: K, content: ChainDocumentContent[K]): string {
  if (kind === 'form') {
    if (!isPlainObject(content)) throw invalidInput('form: 表单必须是 JSON 对象（Formily JSON Schema）', 'form');
    const forbiddenAt = findForbiddenKey(content);
    if (forbiddenAt !== undefined) {
      throw new DomainError('invalid', 'forbidden_key', `form.${forbiddenAt}: 不允许使用 __proto__、constructor 或 prototype 作为键名`, { path: `form.${forbiddenAt}` });
    }
    return JSON.stringify(content);
  }
  if (typeof content !== 'string' || !BPMN_ROOT.test(content)) {
    throw invalidInput('process: 流程必须是 BPMN 2.0 XML（根元素为 definitions）', 'process');
  }
  return content;
}

const parseContent = <K extends ChainDocumentKind>(kind: K, text: string): ChainDocumentContent[K] =>
  (kind === 'form' ? JSON.parse(text) : text) as ChainDocumentContent[K];

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

async function storedDocument(db: Reader, chainId: string, kind: ChainDocumentKind) {
  const [row] = await db.select().from(chainDocuments).where(and(eq(chainDocuments.chainId, chainId), eq(chainDocuments.kind, kind)));
  return row;
}

/** A chain's form or process as the actor may see it; never saved → content null, revision 0. */
export async function readChainDocument<K extends ChainDocumentKind>(db: Reader, auth: AuthState, idOrCode: string, kind: K): Promise<ChainDocument<K>> {
  const chainId = (await visibleChain(db, auth, idOrCode)).id;
  const row = await storedDocument(db, chainId, kind);
  if (!row) return { chainId, kind, content: null, revision: 0, updatedAt: null, updatedBy: null };
  return { chainId, kind, content: parseContent(kind, row.content), revision: row.revision, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/**
 * Saves a draft chain's form or process based on `baseRevision` (the revision the edit started from):
 * stored as baseRevision + 1. If the stored revision is not baseRevision the save is refused with 409
 * `stale_revision` (path = the document's kind) and nothing is written: the compare-and-set happens in
 * SQL (insert-if-absent for revision 0, `UPDATE … WHERE revision = ?` after), in one transaction with
 * the audit entry. Only drafts are writable (409 `not_draft`); only the chain's own tenant writes (a
 * county reads the city's chains but may not change them: 403).
 */
export async function saveChainDocument<K extends ChainDocumentKind>(
  db: Database, auth: AuthState, idOrCode: string, kind: K, content: ChainDocumentContent[K], baseRevision: number, now: Date,
): Promise<ChainDocument<K>> {
  if (!(CHAIN_DOCUMENT_KINDS as readonly string[]).includes(kind)) throw invalidInput(`kind: 未知文档类型 ${String(kind)}`, 'kind');
  if (!Number.isInteger(baseRevision) || baseRevision < 0) throw invalidInput('revision: 版本必须为非负整数', 'revision');
  const text = contentText(kind, content);
  return db.withTx(async (tx) => {
    const chain = await visibleChain(tx, auth, idOrCode);
    const chainId = chain.id;
    if (chain.tenantId !== auth.tenantId) throw forbidden('只有主题所属租户可以修改其表单和流程');
    if (chain.status !== 'draft') throw notDraft('只能修改草稿状态的主题');
    const before = await storedDocument(tx, chainId, kind);
    const stale = async () => staleRevision(kind,
      `${kind}: ${LABELS[kind]}已被他人修改（当前版本 ${(await storedDocument(tx, chainId, kind))?.revision ?? 0}，您的修改基于版本 ${baseRevision}），请刷新后重新保存`);
    const revision = baseRevision + 1;
    const values = { content: text, revision, updatedAt: now.toISOString(), updatedBy: auth.user.username };
    const written = baseRevision === 0
      ? await tx.insert(chainDocuments).values({ chainId, tenantId: chain.tenantId, kind, ...values }).onConflictDoNothing()
        .returning({ revision: chainDocuments.revision })
      : await tx.update(chainDocuments).set(values)
        .where(and(eq(chainDocuments.chainId, chainId), eq(chainDocuments.kind, kind), eq(chainDocuments.revision, baseRevision)))
        .returning({ revision: chainDocuments.revision });
    if (written.length !== 1) throw await stale();
    await recordAudit(db, tx, auth, now, {
      action: `chain.${kind}.save`, targetType: 'chain', targetId: chainId, tenantId: chain.tenantId,
      before: { kind, revision: before?.revision ?? 0, sha256: before ? digest(before.content) : null },
      after: { kind, revision, sha256: digest(text), length: text.length },
    });
    return { chainId, kind, content: parseContent(kind, text), revision, updatedAt: values.updatedAt, updatedBy: values.updatedBy };
  });
}
