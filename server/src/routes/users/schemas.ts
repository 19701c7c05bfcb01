import { z } from '@hono/zod-openapi';
import { mobileSchema, ROLES } from '@yilian/shared';
import { pagingQuery } from '../../http/openapi';
import { GRANTABLE_ROLES } from '../../users';

export const userRowSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'citizen', 'company']),
  status: z.enum(['active', 'disabled']),
  mobile: z.string().nullable().openapi({ description: 'masked, e.g. 138****8000' }),
  roles: z.array(z.object({ role: z.string(), departmentId: z.string().nullable(), departmentName: z.string().nullable() })),
  createdAt: z.string(),
});

export const roleGrantInput = z.strictObject({
  role: z.enum(GRANTABLE_ROLES, { error: `只能授予工作人员角色：${GRANTABLE_ROLES.join('、')}` }),
  departmentId: z.string().min(1).max(64).nullable().optional(),
});

const roles = z.array(roleGrantInput).min(1, '至少分配一个角色').max(20, '角色最多 20 个');
const displayName = z.string().trim().min(1, '请输入姓名').max(50, '姓名最多 50 字');
const password = z.string().min(8, '密码至少 8 位').max(128, '密码最多 128 位');

export const listUsersQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES, { error: `未知角色，可选：${ROLES.join('、')}` }).optional(),
  ...pagingQuery,
});

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/, '用户名为 3–64 位字母、数字或 . _ @ -，以字母或数字开头'),
  displayName,
  password,
  mobile: mobileSchema.nullable().optional(),
  roles,
});

export const patchUserBody = z.strictObject({
  displayName: displayName.optional(),
  mobile: mobileSchema.nullable().optional(),
  status: z.enum(['active', 'disabled'], { error: '状态只能为 active 或 disabled' }).optional(),
  password: password.optional(),
});

export const putRolesBody = z.strictObject({ roles });
