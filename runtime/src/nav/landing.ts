import { APPLICANT_ROLES, WORKBENCH_ROLES, hasAnyRole, type Me } from '../ui';

/** Where a user lands after signing in when no redirect was asked for. */
export function defaultLanding(me: Me): string {
  if (hasAnyRole(me, APPLICANT_ROLES)) return '/my-cases';
  if (hasAnyRole(me, WORKBENCH_ROLES)) return '/workbench';
  return '/';
}
