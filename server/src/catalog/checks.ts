import { catalogChecks, type DataElement, type Matter } from '@yilian/shared';
import { eq } from 'drizzle-orm';
import { dataElements } from '../db/schema';
import type { Reader } from '../db/database';
import { currentMatterContents } from './export-catalog';
import { catalogTenantId } from './catalog-tenant';

/** Runs the catalog-level checks over the current version of every matter. */
export async function runCatalogChecks(db: Reader) {
  const tenantId = await catalogTenantId(db);
  const matterList = (await currentMatterContents(db, tenantId)) as unknown as Matter[];
  const elements = (await db.select({ content: dataElements.content }).from(dataElements)
    .where(eq(dataElements.tenantId, tenantId))).map((r) => r.content as unknown as DataElement);
  return catalogChecks(matterList, elements);
}
