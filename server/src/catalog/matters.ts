import type { Db } from '../db/client';
import type { Matter } from '@yilian/shared';
import { catalogTenantId } from './catalog-tenant';
import { readLocals } from './matter-locals';
import { getMatterRow, listMatters, matterDepartments, matterHistory, matterVersionContent, type MatterFilter } from './matter-queries';

/** One page of the catalog's matters and the departments to filter by. */
export function matterPage(db: Db, filter: MatterFilter) {
  const tenantId = catalogTenantId(db);
  return { ...listMatters(db, tenantId, filter), departments: matterDepartments(db, tenantId) };
}

/** A stored matter version: checked as a Matter when it was imported or edited. */
const asMatter = (content: Record<string, unknown>): Matter => content as unknown as Matter;

/** A matter's current version, its history and the acting tenant's local elements (404 when unknown). */
export function matterDetail(db: Db, actingTenantId: string, code: string) {
  const row = getMatterRow(db, catalogTenantId(db), code);
  const { content } = matterVersionContent(db, row.id, row.currentVersion);
  return {
    code, version: row.currentVersion, matter: asMatter(content), versions: matterHistory(db, row.id),
    local: readLocals(db, actingTenantId, row.id), departmentId: row.departmentId,
  };
}

/** One version of a matter (404 when the matter or the version is unknown). */
export function matterAtVersion(db: Db, code: string, version: number) {
  const row = getMatterRow(db, catalogTenantId(db), code);
  return { code, version, matter: asMatter(matterVersionContent(db, row.id, version).content) };
}
