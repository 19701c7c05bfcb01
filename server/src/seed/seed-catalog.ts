import { count, eq } from 'drizzle-orm';
import { parseCatalog } from '@yilian/shared';
import { DEMO_CATALOGS } from '@yilian/shared/data';
import { matters } from '../db/schema';
import type { Tx } from '../db/database';
import { importCatalog } from '../catalog/import-catalog';
import { catalogTenantId } from '../catalog/catalog-tenant';

/** On first start (an empty catalog), imports the demo chains shipped in @yilian/shared/data (shared/data/catalog). */
export async function seedCatalog(tx: Tx, now: string): Promise<number> {
  const tenantId = await catalogTenantId(tx);
  const [existing] = await tx.select({ n: count() }).from(matters).where(eq(matters.tenantId, tenantId));
  if ((existing?.n ?? 0) > 0) return 0;
  let added = 0;
  for (const [name, catalog] of Object.entries(DEMO_CATALOGS)) {
    const json: unknown = structuredClone(catalog);
    const parsed = parseCatalog(json);
    if (!parsed.ok) throw new Error(`seed catalog ${name}.json: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
    added += (await importCatalog(tx, tenantId, json as Record<string, unknown>, parsed, 'system', now)).added.length;
  }
  return added;
}
