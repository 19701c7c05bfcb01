import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { catalogExtras, chains, dataElements, matterVersions, matters } from '../db/schema';
import type { Reader } from '../db/database';
import { catalogTenantId } from './catalog-tenant';

type Json = Record<string, unknown>;

/** A matter's first version: its (autoincrement) id is the order the matters were imported in. */
const firstVersion = alias(matterVersions, 'first_version');

/** The current content of every matter of a tenant (or of the given codes), in import order. */
export async function currentMatterContents(db: Reader, tenantId: string, codes?: readonly string[]): Promise<Json[]> {
  const where = codes ? and(eq(matters.tenantId, tenantId), inArray(matters.code, [...codes])) : eq(matters.tenantId, tenantId);
  const rows = await db
    .select({ content: matterVersions.content })
    .from(matters)
    .innerJoin(matterVersions, and(eq(matterVersions.matterId, matters.id), eq(matterVersions.version, matters.currentVersion)))
    .innerJoin(firstVersion, and(eq(firstVersion.matterId, matters.id), eq(firstVersion.version, 1)))
    .where(where)
    .orderBy(asc(firstVersion.id));
  return rows.map((r) => r.content);
}

/**
 * Exports the city's catalog in `yilian.catalog/v1`, unknown keys included. With `chainCode`, only
 * that chain's recipe and matters (and the data elements they use); undefined when no chain has that code.
 */
export async function exportCatalog(db: Reader, chainCode?: string): Promise<Json | undefined> {
  const tenantId = await catalogTenantId(db);
  const [extrasRow] = await db.select().from(catalogExtras).where(eq(catalogExtras.tenantId, tenantId));
  const extras = extrasRow?.extras ?? {};
  // Creation order, as the chain list shows them (an import creates its chains in file order, codes ascending).
  let recipes = (await db.select({ recipe: chains.recipe }).from(chains).where(eq(chains.tenantId, tenantId)).orderBy(asc(chains.position), asc(chains.createdAt), asc(chains.code))).map((r) => r.recipe);
  let codes: string[] | undefined;
  if (chainCode) {
    recipes = recipes.filter((r) => r.code === chainCode);
    if (recipes.length === 0) return undefined;
    codes = (recipes[0]!.matters as string[]) ?? [];
  }
  const matterList = await currentMatterContents(db, tenantId, codes);
  let elements = (await db.select({ content: dataElements.content }).from(dataElements).where(eq(dataElements.tenantId, tenantId)).orderBy(asc(dataElements.id))).map((r) => r.content);
  if (chainCode) {
    const used = new Set(matterList.flatMap((m) => ((m.fields as Json[] | undefined) ?? []).map((f) => f.key)));
    elements = elements.filter((e) => used.has(e.key));
  }
  return {
    format: 'yilian.catalog/v1',
    ...extras,
    ...(elements.length > 0 ? { dataElements: elements } : {}),
    matters: matterList,
    ...(recipes.length > 0 ? { chains: recipes } : {}),
  };
}
