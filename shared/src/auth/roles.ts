/** Every role the platform knows; routes declare which of these they allow. */
export const ROLES = [
  'city-admin',
  'county-admin',
  'window-clerk',
  'reviewer',
  'supervisor',
  'citizen',
  'company',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles held by government staff (bound to a tenant); the others are applicants. */
export const STAFF_ROLES: readonly Role[] = [
  'city-admin',
  'county-admin',
  'window-clerk',
  'reviewer',
  'supervisor',
];

/** Roles that administer a tenant (users, departments, settings). */
export const ADMIN_ROLES: readonly Role[] = ['city-admin', 'county-admin'];

/** True when the value names a known role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles an administrator may grant (citizen/company come only from self-registration). */
export const GRANTABLE_ROLES = ['city-admin', 'county-admin', 'window-clerk', 'reviewer', 'supervisor'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
