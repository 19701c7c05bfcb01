import { z } from '@hono/zod-openapi';
import { idCardSchema, mobileSchema, usccSchema } from '@yilian/shared';

export { errorSchema } from '../../http/openapi';

export const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const switchTenantBody = z.object({ tenantId: z.string().min(1) });

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

const password = z.string().min(8, '密码至少 8 位').max(128);

export const registerBody = z.discriminatedUnion('accountType', [
  z.object({
    accountType: z.literal('citizen'),
    mobile: mobileSchema,
    password,
    name: z.string().trim().min(1, '请输入姓名').max(50),
    idNumber: idCardSchema,
  }),
  z.object({
    accountType: z.literal('company'),
    mobile: mobileSchema,
    password,
    name: z.string().trim().min(1, '请输入单位名称').max(100),
    uscc: usccSchema,
  }),
]);
