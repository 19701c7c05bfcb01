import { nextChainPosition } from '../chains/chain-queries';
import { refreshChainFigures } from '../chains/chain-figures';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Catalog, ChainRecipe } from '@yilian/shared';
import { catalogExtras, chains, dataElements, matterVersions, matters } from '../db/schema';
import type { Tx } from '../db/database';
import { contentHash } from './content-hash';
import { matchDepartment } from './department-match';

export interface ImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  chainsCreated: string[];
  chainsExisting: string[];
  departmentsCreated: string[];
  dataElements: { added: string[]; updated: string[]; unchanged: string[] };
  warnings: Array<{ path: string; message: string }>;
}

type Json = Record<string, unknown>;
const KNOWN_ROOT_KEYS = new Set(['format', 'dataElements', 'matters', 'chains']);

async function upsertDataElements(tx: Tx, tenantId: string, entries: Json[], now: string, report: ImportReport): Promise<void> {
  for (const e of entries) {
    const key = String(e.key);
    const [row] = await tx.select().from(dataElements).where(and(eq(dataElements.tenantId, tenantId), eq(dataElements.key, key)));
    if (!row) {
      await tx.insert(dataElements).values({ tenantId, key, label: String(e.label), type: String(e.type), content: e, updatedAt: now });
      report.dataElements.added.push(key);
    } else if (contentHash(row.content) !== contentHash(e)) {
      await tx.update(dataElements).set({ label: String(e.label), type: String(e.type), content: e, updatedAt: now }).where(eq(dataElements.id, row.id));
      report.dataElements.updated.push(key);
    } else {
      report.dataElements.unchanged.push(key);
    }
  }
}

async function upsertMatter(tx: Tx, tenantId: string, m: Json, actor: string | null, now: string, report: ImportReport): Promise<void> {
  const code = String(m.code);
  const dept = await matchDepartment(tx, tenantId, String(m.department), now);
  if (dept.created) report.departmentsCreated.push(String(m.department));
  const hash = contentHash(m);
  const columns = { name: String(m.name), department: String(m.department), departmentId: dept.id, type: String(m.type), subject: String(m.subject), updatedAt: now };
  const [existing] = await tx.select().from(matters).where(and(eq(matters.tenantId, tenantId), eq(matters.code, code)));
  if (!existing) {
    const id = randomUUID();
    await tx.insert(matters).values({ id, tenantId, code, currentVersion: 1, ...columns });
    await tx.insert(matterVersions).values({ matterId: id, version: 1, content: m, contentHash: hash, source: 'import', createdAt: now, createdBy: actor });
    report.added.push(code);
    return;
  }
  const [current] = await tx.select({ contentHash: matterVersions.contentHash }).from(matterVersions)
    .where(and(eq(matterVersions.matterId, existing.id), eq(matterVersions.version, existing.currentVersion)));
  if (current?.contentHash === hash) {
    report.unchanged.push(code);
    return;
  }
  const version = existing.currentVersion + 1;
  await tx.insert(matterVersions).values({ matterId: existing.id, version, content: m, contentHash: hash, source: 'import', createdAt: now, createdBy: actor });
  await tx.update(matters).set({ ...columns, currentVersion: version }).where(eq(matters.id, existing.id));
  report.changed.push(code);
}

async function createChains(tx: Tx, tenantId: string, recipes: Json[], actor: string | null, now: string, report: ImportReport): Promise<void> {
  for (const r of recipes) {
    const code = String(r.code);
    if ((await tx.select({ id: chains.id }).from(chains).where(and(eq(chains.tenantId, tenantId), eq(chains.code, code)))).length > 0) {
      report.chainsExisting.push(code);
      continue;
    }
    await tx.insert(chains).values({
      id: randomUUID(), tenantId, code, name: String(r.name), subject: String(r.subject), status: 'draft',
      recipe: r as unknown as ChainRecipe, decisions: {}, position: await nextChainPosition(tx, tenantId), createdAt: now, updatedAt: now, updatedBy: actor,
    });
    report.chainsCreated.push(code);
  }
}

/** Recomputes the figures of the chains the import touched: new ones, those using a changed matter; all when data elements changed. */
async function refreshImportedFigures(tx: Tx, report: ImportReport): Promise<void> {
  if (report.dataElements.added.length > 0 || report.dataElements.updated.length > 0) return refreshChainFigures(tx, 'all');
  await refreshChainFigures(tx, { matterCodes: [...report.added, ...report.changed] });
  if (report.chainsCreated.length === 0) return;
  const created = await tx.select({ id: chains.id }).from(chains).where(and(isNull(chains.figures), inArray(chains.code, report.chainsCreated)));
  if (created.length > 0) await refreshChainFigures(tx, { chainIds: created.map((c) => c.id) });
}

async function keepRootExtras(tx: Tx, tenantId: string, raw: Json, now: string): Promise<void> {
  const extras = Object.fromEntries(Object.entries(raw).filter(([k]) => !KNOWN_ROOT_KEYS.has(k)));
  if (Object.keys(extras).length === 0) return;
  const [row] = await tx.select().from(catalogExtras).where(eq(catalogExtras.tenantId, tenantId));
  const merged = { ...(row?.extras ?? {}), ...extras };
  if (row) await tx.update(catalogExtras).set({ extras: merged, updatedAt: now }).where(eq(catalogExtras.tenantId, tenantId));
  else await tx.insert(catalogExtras).values({ tenantId, extras: merged, updatedAt: now });
}

/**
 * Imports a validated catalog into a tenant inside the caller's transaction: data elements upserted
 * by key, matters matched by code (a changed matter becomes a new version), departments matched by
 * exact name (missing ones created), chain recipes created as draft chains. The raw JSON is stored
 * so unknown keys survive export.
 */
export async function importCatalog(tx: Tx, tenantId: string, raw: Json, parsed: { value: Catalog; warnings: ImportReport['warnings'] }, actor: string | null, now: string): Promise<ImportReport> {
  const report: ImportReport = {
    added: [], changed: [], unchanged: [], chainsCreated: [], chainsExisting: [], departmentsCreated: [],
    dataElements: { added: [], updated: [], unchanged: [] }, warnings: parsed.warnings,
  };
  await upsertDataElements(tx, tenantId, (raw.dataElements as Json[] | undefined) ?? [], now, report);
  for (const m of raw.matters as Json[]) await upsertMatter(tx, tenantId, m, actor, now, report);
  await createChains(tx, tenantId, (raw.chains as Json[] | undefined) ?? [], actor, now, report);
  await keepRootExtras(tx, tenantId, raw, now);
  await refreshImportedFigures(tx, report);
  return report;
}
