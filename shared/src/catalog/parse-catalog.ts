/** Validation of an imported `yilian.catalog/v1` file (all-or-nothing, every error with its path). */
import { formatIssuePath } from '../calendar/holiday-file';
import { findForbiddenKey } from '../keys';
import { catalogSchema } from './catalog-schema';
import { FORBIDDEN_KEY_MESSAGE } from './key-schema';
import { catalogWarnings } from './catalog-warnings';
import type { CatalogParseResult } from './types';

/** Validates untrusted JSON as a catalog, returning the value with warnings or every error found. */
export function parseCatalog(json: unknown): CatalogParseResult {
  // Pass-through keys are stored and exported again: a prototype key is refused before anything reads them.
  const forbidden = findForbiddenKey(json);
  if (forbidden !== undefined) {
    return { ok: false, errors: [{ path: forbidden, message: FORBIDDEN_KEY_MESSAGE }] };
  }
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
