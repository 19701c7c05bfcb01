import { and, eq, ne } from 'drizzle-orm';
import { sessions, userRoles, users } from '../../db/schema';
import type { Tx } from '../../db/client';
import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { badRequest, HttpError } from '../../http/http-error';
import { authOf } from '../../http/middleware/allow';
import { hashPassword } from '../../auth/password';
import { insertUser } from '../../accounts/create-user';
import { recordAudit } from '../../audit/record';
import { assertKeepsOwnAdminRole, resolveGrants } from './grants';
import { listUsers } from './list';
import { getUserRecord, getUserRow } from './user-row';
import { createUserRoute, listUsersRoute, patchUserRoute, putRolesRoute } from './routes';

/** Ends every session of a user except the one making the request. */
function endOtherSessions(tx: Tx, userId: string, keepTokenHash: string): void {
  tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))).run();
}

/** /api/users: the acting tenant's user accounts (admins). */
export function userRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  return newRouter()
    .openapi(listUsersRoute, (c) => {
      const query = c.req.valid('query');
      return c.json(listUsers(db, { ...query, tenantId: authOf(c).tenantId }), 200);
    })
    .openapi(createUserRoute, (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const now = clock.now();
      const created = db.transaction((tx) => {
        if (tx.select({ id: users.id }).from(users).where(eq(users.username, body.username)).get()) {
          throw new HttpError(409, 'conflict', `用户名 ${body.username} 已被使用`, 'username');
        }
        const roles = resolveGrants(tx, auth, body.roles);
        const id = insertUser(tx, {
          tenantId: auth.tenantId,
          username: body.username,
          displayName: body.displayName,
          password: body.password,
          kind: 'staff',
          mobile: body.mobile ?? null,
          roles,
        }, now, config.scryptCost);
        const after = getUserRow(tx, auth.tenantId, id);
        recordAudit(tx, auth, now, { action: 'user.create', targetType: 'user', targetId: id, after });
        return after;
      });
      return c.json(created, 201);
    })
    .openapi(patchUserRoute, (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = clock.now();
      const updated = db.transaction((tx) => {
        const before = getUserRow(tx, auth.tenantId, id);
        if (body.status === 'disabled' && id === auth.user.id) throw badRequest('不能停用自己的账号', 'status');
        const changes = {
          ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
          ...(body.mobile !== undefined ? { mobile: body.mobile } : {}),
          ...(body.status !== undefined ? { status: body.status } : {}),
          ...(body.password !== undefined ? { passwordHash: hashPassword(body.password, config.scryptCost) } : {}),
        };
        if (Object.keys(changes).length === 0) return before; // nothing to write, nothing to audit
        tx.update(users).set(changes).where(and(eq(users.tenantId, auth.tenantId), eq(users.id, id))).run();
        if (body.status === 'disabled' || body.password !== undefined) endOtherSessions(tx, id, auth.tokenHash);
        const after = getUserRow(tx, auth.tenantId, id);
        recordAudit(tx, auth, now, {
          action: 'user.update', targetType: 'user', targetId: id, before,
          after: body.password !== undefined ? { ...after, passwordChanged: true } : after,
        });
        return after;
      });
      return c.json(updated, 200);
    })
    .openapi(putRolesRoute, (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const now = clock.now();
      const updated = db.transaction((tx) => {
        const record = getUserRecord(tx, auth.tenantId, id);
        if (record.kind !== 'staff') throw badRequest('申请人账号的角色不能在此修改', 'roles');
        const before = getUserRow(tx, auth.tenantId, id);
        const roles = resolveGrants(tx, auth, body.roles, before.roles);
        assertKeepsOwnAdminRole(auth, id, roles);
        tx.delete(userRoles).where(eq(userRoles.userId, id)).run();
        tx.insert(userRoles).values(roles.map((r) => ({ userId: id, role: r.role, departmentId: r.departmentId }))).run();
        const after = getUserRow(tx, auth.tenantId, id);
        recordAudit(tx, auth, now, { action: 'user.roles', targetType: 'user', targetId: id, before, after });
        return after;
      });
      return c.json(updated, 200);
    });
}
