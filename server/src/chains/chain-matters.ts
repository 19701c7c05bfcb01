import { and, eq, inArray } from 'drizzle-orm';
import type { Matter } from '@yilian/shared';
import { matterVersions, matters } from '../db/schema';
import type { Reader } from '../db/database';
import { DomainError } from '../errors';
import { catalogTenantId } from '../catalog/catalog-tenant';

/**
 * The current versions of the given matters, in the given order. An unknown code is a 400 naming
 * it and its position (`<pathPrefix>[i]`).
 */
export async function loadMatters(db: Reader, codes: readonly string[], pathPrefix = 'matterCodes'): Promise<Matter[]> {
  const rows = codes.length === 0 ? [] : await db
    .select({ code: matters.code, content: matterVersions.content })
    .from(matters)
    .innerJoin(matterVersions, and(eq(matterVersions.matterId, matters.id), eq(matterVersions.version, matters.currentVersion)))
    .where(and(eq(matters.tenantId, await catalogTenantId(db)), inArray(matters.code, [...codes])));
  const byCode = new Map(rows.map((r) => [r.code, r.content as unknown as Matter]));
  return codes.map((code, i) => {
    const m = byCode.get(code);
    if (!m) throw new DomainError('invalid', 'unknown_matter', `${pathPrefix}[${i}]: 未知事项编码 ${code}`, { path: `${pathPrefix}[${i}]`, params: { code } });
    return m;
  });
}

