import { ADMIN_ROLES, type Role } from '@yilian/shared';

/** Who reads the catalog (list, detail, checks, export) and edits their tenant's local elements. */
export const CATALOG_READ_ROLES: readonly Role[] = ADMIN_ROLES;

/** Who imports the catalog and edits standard elements (三级十同). */
export const CATALOG_WRITE_ROLES: readonly Role[] = ['city-admin'];
