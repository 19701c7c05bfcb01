import type { Router, RouteLocationNormalized } from 'vue-router';
import type { Role } from '@yilian/shared';
import type { SessionStore } from '../session/session-store';
import { hasAnyRole } from '../session/roles';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page needs a signed-in user. */
    requiresAuth?: boolean;
    /** The page needs one of these roles (implies requiresAuth). */
    roles?: readonly Role[];
    /** Login/registration: a signed-in user is sent on. */
    guestOnly?: boolean;
    /** i18n key of the page title. */
    titleKey?: string;
  }
}

export interface AuthGuardOptions {
  /** Route path of the login page (default `/login`). */
  loginPath?: string;
  /** Route path shown when the user lacks the role (default `/forbidden`). */
  forbiddenPath?: string;
  /** Where a signed-in user goes from a guest-only page (default `/`). */
  homePath?: string;
}

/** A redirect target that stays inside this app (no `//host` or `/\host` tricks), or null. */
export function safeRedirect(value: unknown): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !text.startsWith('/')) return null;
  if (text.startsWith('//') || text.startsWith('/\\')) return null;
  return text;
}

/** Routes needing login go to `/login?redirect=…`; routes needing a role the user lacks go to forbidden. */
export function installAuthGuard(router: Router, session: SessionStore, options: AuthGuardOptions = {}): void {
  const loginPath = options.loginPath ?? '/login';
  const forbiddenPath = options.forbiddenPath ?? '/forbidden';
  const homePath = options.homePath ?? '/';

  router.beforeEach(async (to: RouteLocationNormalized) => {
    try {
      await session.ensureLoaded();
    } catch (err) {
      // The server is unreachable: continue as anonymous; the page's own calls will show the error.
      console.warn('session check failed', err);
    }
    const roles = to.meta.roles;
    const needsAuth = to.meta.requiresAuth === true || (roles !== undefined && roles.length > 0);
    if (needsAuth && !session.me) {
      return { path: loginPath, query: { redirect: to.fullPath } };
    }
    if (roles && roles.length > 0 && !hasAnyRole(session.me, roles)) {
      return { path: forbiddenPath };
    }
    if (to.meta.guestOnly && session.me) {
      return safeRedirect(to.query.redirect) ?? homePath;
    }
    return true;
  });
}
