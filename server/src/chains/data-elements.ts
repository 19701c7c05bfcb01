import { asc, eq } from 'drizzle-orm';
import type { DataElement } from '@yilian/shared';
import { dataElements } from '../db/schema';
import type { Db } from '../db/client';
import { catalogTenantId } from '../catalog/catalog-tenant';

/** Every data element (数据元) of the catalog; merged fields take their labels from here. */
export function dataElementList(db: Db): DataElement[] {
  return db.select({ content: dataElements.content }).from(dataElements)
    .where(eq(dataElements.tenantId, catalogTenantId(db))).orderBy(asc(dataElements.id)).all()
    .map((r) => r.content as unknown as DataElement);
}
