import { parseCatalog } from '@yilian/shared';
import type { Db } from '../db/client';
import type { AuthState } from '../auth/types';
import { DomainError, type ErrorDetail } from '../errors';
import { recordAudit } from '../audit/record';
import { importCatalog, type ImportReport } from './import-catalog';
import { catalogTenantId } from './catalog-tenant';

/** A catalog rejected as a whole (400 `invalid_catalog`): the first error in `message`/`path`, all of them in `details`. */
export class CatalogInvalidError extends DomainError {
  constructor(details: ErrorDetail[]) {
    const first = details[0];
    super('invalid', 'invalid_catalog', first ? `${first.path}: ${first.message}` : '目录文件无效', { path: first?.path, details });
  }
}

/** Validates and imports a catalog document all-or-nothing in one transaction; audited. */
export function runCatalogImport(db: Db, json: unknown, auth: AuthState | undefined, now: Date): ImportReport {
  const parsed = parseCatalog(json);
  if (!parsed.ok) throw new CatalogInvalidError(parsed.errors);
  return db.transaction((tx) => {
    const tenantId = catalogTenantId(tx);
    const report = importCatalog(tx, tenantId, json as Record<string, unknown>, parsed, auth?.user.username ?? 'system', now.toISOString());
    recordAudit(tx, auth, now, {
      action: 'catalog.import', targetType: 'catalog', targetId: tenantId, tenantId,
      after: { added: report.added, changed: report.changed, unchanged: report.unchanged.length, chainsCreated: report.chainsCreated, departmentsCreated: report.departmentsCreated, dataElements: report.dataElements },
    });
    return report;
  });
}
