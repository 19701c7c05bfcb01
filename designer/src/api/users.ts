import type { Role } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

/** Roles an administrator may grant (citizen/company come only from self-registration). */
export const GRANTABLE_ROLES = ['city-admin', 'county-admin', 'window-clerk', 'reviewer', 'supervisor'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** Username rule, as the server checks it. */
export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;

export interface UserRoleRow {
  role: Role;
  departmentId: string | null;
  departmentName: string | null;
}

/** A user in lists and responses; the mobile number is masked by the server. */
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'citizen' | 'company';
  status: 'active' | 'disabled';
  mobile: string | null;
  roles: UserRoleRow[];
  createdAt: string;
}

export interface RoleGrantInput {
  role: GrantableRole;
  departmentId?: string | null;
}

export interface UserQuery {
  q?: string;
  role?: string;
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  mobile?: string;
  roles: RoleGrantInput[];
}

export interface PatchUserInput {
  displayName?: string;
  mobile?: string | null;
  status?: 'active' | 'disabled';
  password?: string;
}

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: UserQuery) => api.get<{ items: UserRow[]; total: number }>('/api/users', { ...query }),
  create: (input: CreateUserInput) => api.post<UserRow>('/api/users', input),
  update: (id: string, input: PatchUserInput) => api.patch<UserRow>(path(id), input),
  setRoles: (id: string, roles: RoleGrantInput[]) => api.put<UserRow>(`${path(id)}/roles`, { roles }),
};
