import { newRouter } from '../../http/router';
import type { AppDeps } from '../../http/context';
import { authOf } from '../../http/middleware/allow';
import { createUser, listUsers, replaceUserRoles, updateUser } from '../../users';
import { createUserRoute, listUsersRoute, patchUserRoute, putRolesRoute } from './routes';

/** /api/users: the acting tenant's user accounts (admins). */
export function userRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  return newRouter()
    .openapi(listUsersRoute, async (c) => c.json(await listUsers(db.read, { ...c.req.valid('query'), tenantId: authOf(c).tenantId }), 200))
    .openapi(createUserRoute, async (c) => c.json(await createUser(db, authOf(c), c.req.valid('json'), clock.now(), config.scryptCost), 201))
    .openapi(patchUserRoute, async (c) => c.json(await updateUser(db, authOf(c), c.req.valid('param').id, c.req.valid('json'), clock.now(), config.scryptCost), 200))
    .openapi(putRolesRoute, async (c) => c.json(await replaceUserRoles(db, authOf(c), c.req.valid('param').id, c.req.valid('json').roles, clock.now()), 200));
}
