import { CITY_TENANT_ID } from '../auth/visibility';

/**
 * The tenant that owns the matter catalog. Standard elements are the same at every level (三级十同),
 * so the city holds the one catalog; counties and zones read it and customise only local elements.
 */
export const CATALOG_TENANT_ID = CITY_TENANT_ID;
