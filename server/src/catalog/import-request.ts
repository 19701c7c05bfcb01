import { parseCatalog } from '@yilian/shared';
import type { Database } from '../db/database';
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
export async function runCatalogImport(db: Database, json: unknown, auth: AuthState | undefined, now: Date): Promise<ImportReport> {
  const parsed = parseCatalog(json);
  if (!parsed.ok) throw new CatalogInvalidError(parsed.errors);
  return db.withTx(async (tx) => {
    const tenantId = await catalogTenantId(tx);
    const report = await importCatalog(tx, tenantId, json as Record<string, unknown>, parsed, auth?.user.username ?? 'system', now.toISOString());
    await recordAudit(db, tx, auth, now, {
      action: 'catalog.import', targetType: 'catalog', targetId: tenantId, tenantId,
      after: { added: report.added, changed: report.changed, unchanged: report.unchanged.length, chainsCreated: report.chainsCreated, departmentsCreated: report.departmentsCreated, dataElements: report.dataElements },
    });
    return report;
  });
}
