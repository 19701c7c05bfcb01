import { z } from '@hono/zod-openapi';
import type { Db } from '../db/client';
import type { AuthState } from '../http/context';
import { listTenants } from '../routes/tenants/tenant-tree';
import { seesAllTenants } from './visibility';

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    kind: z.enum(['staff', 'citizen', 'company']),
    tenantId: z.string(),
    roles: z.array(z.object({ role: z.string(), departmentId: z.string().nullable() })),
  }),
  activeTenant: z.object({ id: z.string(), name: z.string() }),
  visibleTenants: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
export type Me = z.infer<typeof meSchema>;

/** The signed-in user's profile, active tenant and the tenants the switcher offers. */
export function describeMe(db: Db, auth: AuthState): Me {
  const all = listTenants(db);
  const visible = seesAllTenants(auth.user) ? all : all.filter((t) => t.id === auth.user.tenantId);
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
