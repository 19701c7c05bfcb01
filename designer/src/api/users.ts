/** /api/users (types from the API contract, @yilian/shared `api/users`). */
import type { CreateUserInput, PatchUserInput, RoleGrantInput, UserPage, UserQuery, UserRoleRow, UserRow } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { CreateUserInput, PatchUserInput, RoleGrantInput, UserQuery, UserRoleRow, UserRow };
/** Roles an administrator may grant, and the username rule, as the server checks them. */
export { GRANTABLE_ROLES, USERNAME, type GrantableRole } from '@yilian/shared';

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: UserQuery) => api.get<UserPage>('/api/users', { ...query }),
  create: (input: CreateUserInput) => api.post<UserRow>('/api/users', input),
  update: (id: string, input: PatchUserInput) => api.patch<UserRow>(path(id), input),
  setRoles: (id: string, roles: RoleGrantInput[]) => api.put<UserRow>(`${path(id)}/roles`, { roles }),
};
