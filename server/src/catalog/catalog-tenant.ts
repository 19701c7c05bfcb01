import type { Reader } from '../db/database';
import { cityTenantId } from '../tenants';

/**
 * The tenant that owns the matter catalog (and the chains): the root of the tenant tree, the city.
 * Standard elements are the same at every level (三级十同), so the city holds the one catalog;
 * counties and zones read it and customise only local elements. Read from the database each call.
 */
export const catalogTenantId = (db: Reader): Promise<string> => cityTenantId(db);
