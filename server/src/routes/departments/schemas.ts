import { z } from '@hono/zod-openapi';

const code = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, '部门编码须以小写字母开头，仅含小写字母、数字和连字符，最多 32 位');
const name = z.string().trim().min(1, '请输入部门名称').max(100, '部门名称最多 100 字');

export const departmentSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  code: z.string(),
  name: z.string(),
  userCount: z.number().int(),
});

export const createDepartmentBody = z.strictObject({ code, name });

export const patchDepartmentBody = z.strictObject({ code: code.optional(), name: name.optional() });
