import { catalogChecks, type DataElement, type Matter } from '@yilian/shared';
import { eq } from 'drizzle-orm';
import { dataElements } from '../db/schema';
import type { Db } from '../db/client';
import { currentMatterContents } from './export-catalog';
import { catalogTenantId } from './catalog-tenant';

/** Runs the catalog-level checks over the current version of every matter. */
export function runCatalogChecks(db: Db) {
  const tenantId = catalogTenantId(db);
  const matterList = currentMatterContents(db, tenantId) as unknown as Matter[];
  const elements = db.select({ content: dataElements.content }).from(dataElements)
    .where(eq(dataElements.tenantId, tenantId)).all().map((r) => r.content as unknown as DataElement);
  return catalogChecks(matterList, elements);
}
