import type { Reader } from '../db/database';
import type { Matter } from '@yilian/shared';
import { catalogTenantId } from './catalog-tenant';
import { readLocals } from './matter-locals';
import { getMatterRow, listMatters, matterDepartments, matterHistory, matterVersionContent, type MatterFilter } from './matter-queries';

/** One page of the catalog's matters and the departments to filter by. */
export async function matterPage(db: Reader, filter: MatterFilter) {
  const tenantId = await catalogTenantId(db);
  return { ...(await listMatters(db, tenantId, filter)), departments: await matterDepartments(db, tenantId) };
}

/** A stored matter version: checked as a Matter when it was imported or edited. */
const asMatter = (content: Record<string, unknown>): Matter => content as unknown as Matter;

/** A matter's current version, its history and the acting tenant's local elements (404 when unknown). */
export async function matterDetail(db: Reader, actingTenantId: string, code: string) {
  const row = await getMatterRow(db, await catalogTenantId(db), code);
  const { content } = await matterVersionContent(db, row.id, row.currentVersion);
  return {
    code, version: row.currentVersion, matter: asMatter(content), versions: await matterHistory(db, row.id),
    local: await readLocals(db, actingTenantId, row.id), departmentId: row.departmentId,
  };
}

/** One version of a matter (404 when the matter or the version is unknown). */
export async function matterAtVersion(db: Reader, code: string, version: number) {
  const row = await getMatterRow(db, await catalogTenantId(db), code);
  return { code, version, matter: asMatter((await matterVersionContent(db, row.id, version)).content) };
}
