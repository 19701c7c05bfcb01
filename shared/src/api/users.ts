/** API contract of /api/users: the acting tenant's user accounts. */
import { z } from 'zod';
import { GRANTABLE_ROLES, ROLES } from '../auth';
import { mobileSchema } from '../validators';
import { pagingQuery } from './common';
import { msg } from './messages';
import { visibleName } from './names';
import { newPasswordSchema } from './password';

/** Username rule. */
export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;

/** A user as administrators see it: the mobile masked, the grants with their departments' names. */
export const userRowSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'citizen', 'company']),
  status: z.enum(['active', 'disabled']),
  mobile: z.string().nullable().meta({ description: 'masked, e.g. 138****8000' }),
  roles: z.array(z.object({ role: z.enum(ROLES), departmentId: z.string().nullable(), departmentName: z.string().nullable() })),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof userRowSchema>;
export type UserRoleRow = UserRow['roles'][number];

export const userPageSchema = z.object({ items: z.array(userRowSchema), total: z.number().int() });
export type UserPage = z.infer<typeof userPageSchema>;

/** A requested role grant (a reviewer needs a department of the acting tenant). */
export const roleGrantInput = z.strictObject({
  role: z.enum(GRANTABLE_ROLES, {
    error: msg(`只能授予工作人员角色：${GRANTABLE_ROLES.join('、')}`, `Only staff roles can be granted: ${GRANTABLE_ROLES.join(', ')}`),
  }),
  departmentId: z.string().min(1).max(64).nullable().optional(),
});
export type RoleGrantInput = z.input<typeof roleGrantInput>;

const roles = z
  .array(roleGrantInput)
  .min(1, msg('至少分配一个角色', 'Grant at least one role'))
  .max(20, msg('角色最多 20 个', 'At most 20 roles'));
const displayName = visibleName(z
  .string()
  .trim()
  .min(1, msg('请输入姓名', 'Enter your name'))
  .max(50, msg('姓名最多 50 字', 'A name has at most 50 characters')));
const password = newPasswordSchema;

export const listUsersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES, { error: msg(`未知角色，可选：${ROLES.join('、')}`, `Unknown role; one of: ${ROLES.join(', ')}`) }).optional(),
  ...pagingQuery,
});
/** The query as a client sends it (page and pageSize given). */
export type UserQuery = z.infer<typeof listUsersQuery>;

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(USERNAME, msg(
      '用户名为 3–64 位字母、数字或 . _ @ -，以字母或数字开头',
      'A username has 3–64 letters, digits or . _ @ - and starts with a letter or digit',
    )),
  displayName,
  password,
  mobile: mobileSchema.nullable().optional(),
  roles,
});
export type CreateUserInput = z.input<typeof createUserBody>;

export const patchUserBody = z.strictObject({
  displayName: displayName.optional(),
  mobile: mobileSchema.nullable().optional(),
  status: z.enum(['active', 'disabled'], { error: msg('状态只能为 active 或 disabled', 'The status is active or disabled') }).optional(),
  password: password.optional(),
});
export type PatchUserInput = z.input<typeof patchUserBody>;

export const putRolesBody = z.strictObject({ roles });
