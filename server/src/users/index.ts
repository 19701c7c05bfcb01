export { GRANTABLE_ROLES, type GrantableRole, type RoleGrantInput, type UserRow } from './types';
export { listUsers, type UserListQuery } from './list';
export { getUserRecord, getUserRow, toUserRow, toUserRows } from './user-row';
export { assertKeepsOwnAdminRole, resolveGrants } from './grants';
export { createUser, replaceUserRoles, updateUser, type NewStaffUser, type UserChanges } from './commands';
