export { listTenants, tenantTree, type TenantNode, type TenantRow } from './tenant-tree';
export { cityTenantId, rootTenant } from './root-tenant';
export { maySeeTenant, seesAllTenants } from './visibility';
