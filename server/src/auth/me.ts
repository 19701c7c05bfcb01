import type { Me } from '@yilian/shared';
import type { Reader } from '../db/database';
import { listTenants, seesAllTenants } from '../tenants';
import type { AuthState } from './types';

export type { Me };

/** The signed-in user's profile, active tenant and the tenants the switcher offers. */
export async function describeMe(db: Reader, auth: AuthState): Promise<Me> {
  const all = await listTenants(db);
  const visible = (await seesAllTenants(db, auth.user)) ? all : all.filter((t) => t.id === auth.user.tenantId);
  const active = all.find((t) => t.id === auth.tenantId);
  return {
    user: {
      id: auth.user.id,
      username: auth.user.username,
      displayName: auth.user.displayName,
      kind: auth.user.kind,
      tenantId: auth.user.tenantId,
      roles: auth.user.roles,
    },
    activeTenant: { id: auth.tenantId, name: active?.name ?? auth.tenantId },
    visibleTenants: visible.map((t) => ({ id: t.id, name: t.name, kind: t.kind })),
  };
}
