import { and, asc, eq, max, or } from 'drizzle-orm';
import type { ChainDecisions, ChainRecipe } from '@yilian/shared';
import { chains } from '../db/schema';
import type { Reader } from '../db/database';
import { notFound } from '../errors';
import { catalogTenantId } from '../catalog/catalog-tenant';

export interface ChainRow {
  id: string;
  code: string;
  name: string;
  subject: string;
  status: 'draft' | 'published' | 'retired';
  recipe: ChainRecipe;
  decisions: ChainDecisions;
  /** 0 for a chain never saved since creation; every save adds 1. */
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
}

const columns = {
  id: chains.id, code: chains.code, name: chains.name, subject: chains.subject, status: chains.status,
  recipe: chains.recipe, decisions: chains.decisions, revision: chains.revision, updatedAt: chains.updatedAt, updatedBy: chains.updatedBy,
};

/** Every chain of the city (authors) in creation order; counties read the same list. */
export async function listChains(db: Reader): Promise<ChainRow[]> {
  return db.select(columns).from(chains).where(eq(chains.tenantId, await catalogTenantId(db))).orderBy(asc(chains.position), asc(chains.createdAt), asc(chains.code));
}

/** The position of the tenant's next chain (after every existing one). */
export async function nextChainPosition(db: Reader, tenantId: string): Promise<number> {
  const [row] = await db.select({ last: max(chains.position) }).from(chains).where(eq(chains.tenantId, tenantId));
  return (row?.last ?? 0) + 1;
}

/** One chain by id or by code (routes take either spelling), or 404. */
export async function getChain(db: Reader, idOrCode: string): Promise<ChainRow> {
  const [row] = await db.select(columns).from(chains)
    .where(and(eq(chains.tenantId, await catalogTenantId(db)), or(eq(chains.id, idOrCode), eq(chains.code, idOrCode))));
  if (!row) throw notFound('主题');
  return row;
}

/** One chain by code, or undefined. */
export async function chainByCode(db: Reader, code: string): Promise<ChainRow | undefined> {
  const [row] = await db.select(columns).from(chains).where(and(eq(chains.tenantId, await catalogTenantId(db)), eq(chains.code, code)));
  return row;
}

/** The chain whose recipe has exactly these matters (any order), if one exists. */
export async function chainWithMatters(db: Reader, codes: readonly string[]): Promise<ChainRow | undefined> {
  const wanted = [...codes].sort().join(',');
  return (await listChains(db)).find((c) => [...c.recipe.matters].sort().join(',') === wanted);
}
