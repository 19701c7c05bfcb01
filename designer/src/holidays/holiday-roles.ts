import type { Role } from '@yilian/shared';

/** Roles that may upload a holiday file (the calendar is the city's). */
export const HOLIDAY_UPLOAD_ROLES: readonly Role[] = ['city-admin'];
