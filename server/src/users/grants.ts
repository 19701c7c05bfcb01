import { and, eq } from 'drizzle-orm';
import { departments } from '../db/schema';
import type { Tx } from '../db/database';
import type { AuthState, RoleGrant } from '../auth/types';
import { forbidden, invalidInput } from '../errors';
import { cityTenantId } from '../tenants';
import type { RoleGrantInput } from './types';

const ADMIN_ROLES = new Set(['city-admin', 'county-admin']);

const isCityAdmin = (auth: AuthState): boolean => auth.user.roles.some((r) => r.role === 'city-admin');

/**
 * Checks requested grants against the acting tenant and the actor's own power, returning them
 * deduplicated: only a city admin grants (or takes away) city-admin, and only in the city tenant;
 * a reviewer must name a department; any department must belong to the acting tenant.
 */
export async function resolveGrants(tx: Tx, auth: AuthState, requested: RoleGrantInput[], current: ReadonlyArray<{ role: string }> = []): Promise<RoleGrant[]> {
  const out = new Map<string, RoleGrant>();
  for (const [i, r] of requested.entries()) {
    if (r.role === 'city-admin') {
      if (!isCityAdmin(auth)) throw forbidden('只有市级管理员可以授予市级管理员角色', `roles[${i}].role`);
      if (auth.tenantId !== (await cityTenantId(tx))) throw invalidInput('市级管理员角色只能授予济宁市的用户', `roles[${i}].role`);
    }
    const departmentId = r.departmentId ?? null;
    if (r.role === 'reviewer' && !departmentId) throw invalidInput('审批员必须指定所属部门', `roles[${i}].departmentId`);
    if (departmentId) {
      const [dept] = await tx
        .select({ id: departments.id })
        .from(departments)
        .where(and(eq(departments.tenantId, auth.tenantId), eq(departments.id, departmentId)));
      if (!dept) throw invalidInput('部门不存在', `roles[${i}].departmentId`);
    }
    out.set(`${r.role}\u0000${departmentId ?? ''}`, { role: r.role, departmentId });
  }
  const next = [...out.values()];
  if (current.some((g) => g.role === 'city-admin') && !next.some((g) => g.role === 'city-admin') && !isCityAdmin(auth)) {
    throw forbidden('只有市级管理员可以撤销市级管理员角色', 'roles');
  }
  return next;
}

/** Refuses to let administrators take their own administrator role away (they would lock themselves out). */
export function assertKeepsOwnAdminRole(auth: AuthState, targetId: string, next: RoleGrant[]): void {
  if (targetId !== auth.user.id) return;
  const lost = auth.user.roles.filter((r) => ADMIN_ROLES.has(r.role) && !next.some((g) => g.role === r.role));
  if (lost.length > 0) throw invalidInput('不能撤销自己的管理员角色', 'roles');
}
