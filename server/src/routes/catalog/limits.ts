/** Catalog files up to 20 MiB (a whole province's 实施清单 export); larger gets 413. */
export const CATALOG_BODY_LIMIT = 20 * 1024 * 1024;
