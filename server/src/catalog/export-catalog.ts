import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { catalogExtras, chains, dataElements, matterVersions, matters } from '../db/schema';
import type { Db } from '../db/client';
import { catalogTenantId } from './catalog-tenant';

type Json = Record<string, unknown>;

/** The current content of every matter of a tenant (or of the given codes), in import order. */
export function currentMatterContents(db: Db, tenantId: string, codes?: readonly string[]): Json[] {
  const where = codes ? and(eq(matters.tenantId, tenantId), inArray(matters.code, [...codes])) : eq(matters.tenantId, tenantId);
  return db
    .select({ content: matterVersions.content })
    .from(matters)
    .innerJoin(matterVersions, and(eq(matterVersions.matterId, matters.id), eq(matterVersions.version, matters.currentVersion)))
    .where(where)
    .orderBy(asc(sql`${matters}.rowid`))
    .all()
    .map((r) => r.content);
}

/**
 * Exports the city's catalog in `yilian.catalog/v1`, unknown keys included. With `chainCode`, only
 * that chain's recipe and matters (and the data elements they use); undefined when no chain has that code.
 */
export function exportCatalog(db: Db, chainCode?: string): Json | undefined {
  const tenantId = catalogTenantId(db);
  const extras = db.select().from(catalogExtras).where(eq(catalogExtras.tenantId, tenantId)).get()?.extras ?? {};
  let recipes = db.select({ recipe: chains.recipe }).from(chains).where(eq(chains.tenantId, tenantId)).orderBy(asc(sql`${chains}.rowid`)).all().map((r) => r.recipe);
  let codes: string[] | undefined;
  if (chainCode) {
    recipes = recipes.filter((r) => r.code === chainCode);
    if (recipes.length === 0) return undefined;
    codes = (recipes[0]!.matters as string[]) ?? [];
  }
  const matterList = currentMatterContents(db, tenantId, codes);
  let elements = db.select({ content: dataElements.content }).from(dataElements).where(eq(dataElements.tenantId, tenantId)).orderBy(asc(dataElements.id)).all().map((r) => r.content);
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
