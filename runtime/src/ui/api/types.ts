/** Types of the auth API, from the API contract (@yilian/shared `api/auth`, `api/tenants`). */
export type {
  CitizenRegistration, CompanyRegistration, Me, Registration, RoleGrant, TenantKind, UserKind,
} from '@yilian/shared';
