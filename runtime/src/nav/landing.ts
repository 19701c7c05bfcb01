import { ADMIN_ROLES, APPLICANT_ROLES, WORKBENCH_ROLES, hasAnyRole, type Me } from '../ui';

/** Where a user lands: a route of this app (`route`) or another app's address (`href`, e.g. the designer). */
export type Landing = { route: string } | { href: string };

/** The designer app's address (served by the same server under /designer/). */
export const DESIGNER_HREF = '/designer/';

/**
 * Where a user lands after signing in when no redirect was asked for: applicants on 我的办件, window clerks,
 * reviewers and supervisors on their workbench, administrators in the designer (they work there, not in the portal).
 */
export function defaultLanding(me: Me): Landing {
  if (hasAnyRole(me, APPLICANT_ROLES)) return { route: '/my-cases' };
  if (hasAnyRole(me, WORKBENCH_ROLES)) return { route: '/workbench' };
  if (hasAnyRole(me, ADMIN_ROLES)) return { href: DESIGNER_HREF };
  return { route: '/' };
}
