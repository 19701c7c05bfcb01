import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { parseCatalog } from '@yilian/shared';
import { matters } from '../db/schema';
import type { Tx } from '../db/client';
import { importCatalog } from '../catalog/import-catalog';
import { catalogTenantId } from '../catalog/catalog-tenant';
import { bundledDataFolder } from '../paths';

/** On first start (an empty catalog), imports the demo chains shipped in server/data/catalog. */
export function seedCatalog(tx: Tx, now: string): number {
  const tenantId = catalogTenantId(tx);
  const existing = tx.select({ n: count() }).from(matters).where(eq(matters.tenantId, tenantId)).get()?.n ?? 0;
  if (existing > 0) return 0;
  const dir = join(bundledDataFolder(), 'catalog');
  let added = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const parsed = parseCatalog(json);
    if (!parsed.ok) throw new Error(`seed catalog ${file}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
    added += importCatalog(tx, tenantId, json as Record<string, unknown>, parsed, 'system', now).added.length;
  }
  return added;
}
