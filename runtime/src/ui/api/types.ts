import type { Role } from '@yilian/shared';

export type TenantKind = 'city' | 'county' | 'zone';
export type UserKind = 'staff' | 'citizen' | 'company';

export interface RoleGrant {
  role: Role;
  departmentId: string | null;
}

/** GET /api/auth/me: the signed-in user, the acting tenant and what the switcher offers. */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    kind: UserKind;
    tenantId: string;
    roles: RoleGrant[];
  };
  activeTenant: { id: string; name: string };
  visibleTenants: Array<{ id: string; name: string; kind: TenantKind }>;
}

export interface CitizenRegistration {
  accountType: 'citizen';
  name: string;
  mobile: string;
  password: string;
  idNumber: string;
}

export interface CompanyRegistration {
  accountType: 'company';
  name: string;
  mobile: string;
  password: string;
  uscc: string;
}

/** POST /api/auth/register body. */
export type Registration = CitizenRegistration | CompanyRegistration;
