import { eq } from 'drizzle-orm';
import { parseCatalog } from '@yilian/shared';
import { matterVersions, matters } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import { DomainError, invalidInput } from '../errors';
import { recordAudit } from '../audit/record';
import { refreshChainFigures } from '../chains/chain-figures';
import { CatalogInvalidError } from './import-request';
import { catalogTenantId } from './catalog-tenant';
import { contentHash } from './content-hash';
import { matchDepartment } from './department-match';
import { LOCKED_ELEMENTS } from './locked-elements';
import { getMatterRow, matterVersionContent } from './matter-queries';

type Json = Record<string, unknown>;

const changedKeys = (a: Json, b: Json): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => contentHash(a[k] ?? null) !== contentHash(b[k] ?? null));

/** Validates one matter with the catalog schema, reporting paths as `matter.…`. */
function validateMatter(matter: Json): void {
  const parsed = parseCatalog({ format: 'yilian.catalog/v1', matters: [matter] });
  if (!parsed.ok) {
    throw new CatalogInvalidError(parsed.errors.map((e) => ({ ...e, path: e.path.replace(/^matters\[0\]/, 'matter') })));
  }
}

/**
 * Saves an edited matter as a new version (history kept). Standard elements are locked: only city
 * administrators change them. Saving unchanged content creates no version.
 */
export async function editMatter(db: Database, auth: AuthState, code: string, matter: Json, note: string | undefined, now: Date) {
  validateMatter(matter);
  if (matter.code !== code) throw invalidInput('matter.code: 事项编码不可修改', 'matter.code');
  return db.withTx(async (tx) => {
    const tenantId = await catalogTenantId(tx);
    const row = await getMatterRow(tx, tenantId, code);
    const before = (await matterVersionContent(tx, row.id, row.currentVersion)).content;
    const changed = changedKeys(before, matter);
    if (changed.length === 0) return { version: row.currentVersion, changed };
    const isCityAdmin = auth.user.roles.some((r) => r.role === 'city-admin') && auth.user.tenantId === tenantId;
    if (!isCityAdmin) {
      const locked = changed.find((k) => k in LOCKED_ELEMENTS) ?? changed[0]!;
      const label = LOCKED_ELEMENTS[locked];
      throw new DomainError('locked', 'locked_element', label
        ? `「${label}」是标准要素（三级十同），仅市级管理员可修改`
        : '事项目录由市级统一维护，区县请在本地要素中设置窗口、地址、电话等', { path: `matter.${locked}`, params: { element: locked } });
    }
    const version = row.currentVersion + 1;
    const nowIso = now.toISOString();
    const dept = await matchDepartment(tx, tenantId, String(matter.department), nowIso);
    await tx.insert(matterVersions).values({ matterId: row.id, version, content: matter, contentHash: contentHash(matter), source: 'edit', note: note ?? null, createdAt: nowIso, createdBy: auth.user.username });
    await tx.update(matters).set({
      name: String(matter.name), department: String(matter.department), departmentId: dept.id, type: String(matter.type),
      subject: String(matter.subject), currentVersion: version, updatedAt: nowIso,
    }).where(eq(matters.id, row.id));
    await refreshChainFigures(tx, { matterCodes: [code] });
    const pick = (o: Json) => Object.fromEntries(changed.map((k) => [k, o[k]]));
    await recordAudit(db, tx, auth, now, { action: 'matter.edit', targetType: 'matter', targetId: code, tenantId, before: { version: row.currentVersion, ...pick(before) }, after: { version, ...pick(matter) } });
    return { version, changed };
  });
}
