import { parseCatalog } from '@yilian/shared';
import type { Db } from '../db/client';
import type { AuthState } from '../http/context';
import { HttpError } from '../http/http-error';
import { recordAudit } from '../audit/record';
import { importCatalog, type ImportReport } from './import-catalog';
import { CATALOG_TENANT_ID } from './catalog-tenant';

/** A catalog rejected as a whole: the first error in `message`/`path`, all of them in `details`. */
export class CatalogInvalidError extends HttpError {
  constructor(details: Array<{ path: string; message: string }>) {
    const first = details[0];
    super(400, 'invalid_catalog', first ? `${first.path}: ${first.message}` : '目录文件无效', first?.path);
    this.details = details;
  }
}

/** Validates and imports a catalog document all-or-nothing in one transaction; audited. */
export function runCatalogImport(db: Db, json: unknown, auth: AuthState | undefined, now: Date): ImportReport {
  const parsed = parseCatalog(json);
  if (!parsed.ok) throw new CatalogInvalidError(parsed.errors);
  return db.transaction((tx) => {
    const report = importCatalog(tx, CATALOG_TENANT_ID, json as Record<string, unknown>, parsed, auth?.user.username ?? 'system', now.toISOString());
    recordAudit(tx, auth, now, {
      action: 'catalog.import', targetType: 'catalog', targetId: CATALOG_TENANT_ID, tenantId: CATALOG_TENANT_ID,
      after: { added: report.added, changed: report.changed, unchanged: report.unchanged.length, chainsCreated: report.chainsCreated, departmentsCreated: report.departmentsCreated, dataElements: report.dataElements },
    });
    return report;
  });
}
