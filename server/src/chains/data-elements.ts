import { asc, eq } from 'drizzle-orm';
import type { DataElement } from '@yilian/shared';
import { dataElements } from '../db/schema';
import type { Reader } from '../db/database';
import { catalogTenantId } from '../catalog/catalog-tenant';

/** Every data element (数据元) of the catalog; merged fields take their labels from here. */
export async function dataElementList(db: Reader): Promise<DataElement[]> {
  return (await db.select({ content: dataElements.content }).from(dataElements)
    .where(eq(dataElements.tenantId, await catalogTenantId(db))).orderBy(asc(dataElements.id)))
    .map((r) => r.content as unknown as DataElement);
}
