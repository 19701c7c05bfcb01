import { z } from '@hono/zod-openapi';

export { errorSchema } from '../../http/openapi';

export const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const switchTenantBody = z.object({ tenantId: z.string().min(1) });
