/** Validation of an imported `yilian.catalog/v1` file (all-or-nothing, every error with its path). */
import { formatIssuePath } from '../calendar/holiday-file';
import { catalogSchema } from './catalog-schema';
import { catalogWarnings } from './catalog-warnings';
import type { CatalogParseResult } from './types';

/** Validates untrusted JSON as a catalog, returning the value with warnings or every error found. */
export function parseCatalog(json: unknown): CatalogParseResult {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { ok: true, value: parsed.data, warnings: catalogWarnings(parsed.data) };
}
