/** API contract of /api/departments: the acting tenant's departments. */
import { z } from 'zod';
import { msg } from './messages';
import { visibleName } from './names';
import { pagingQuery } from './common';

/** Department code rule. */
export const DEPARTMENT_CODE = /^[a-z][a-z0-9-]{0,31}$/;
export const DEPARTMENT_NAME_MAX = 100;

const code = z
  .string()
  .regex(DEPARTMENT_CODE, msg(
    '部门编码须以小写字母开头，仅含小写字母、数字和连字符，最多 32 位',
    'A department code starts with a lower-case letter and has at most 32 lower-case letters, digits and hyphens',
  ));
const name = visibleName(z
  .string()
  .trim()
  .min(1, msg('请输入部门名称', 'Enter the department\'s name'))
  .max(DEPARTMENT_NAME_MAX, msg(`部门名称最多 ${DEPARTMENT_NAME_MAX} 字`, `A department name has at most ${DEPARTMENT_NAME_MAX} characters`)));

/** A department; userCount = role grants referencing it. */
export const departmentSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  code: z.string(),
  name: z.string(),
  userCount: z.number().int(),
});
export type Department = z.infer<typeof departmentSchema>;

export const listDepartmentsQuery = z.object({
  q: z.string().trim().max(64).optional().meta({ description: 'part of the code or name' }),
  ...pagingQuery,
});
/** The query as a client sends it (page and pageSize given). */
export type DepartmentQuery = z.infer<typeof listDepartmentsQuery>;

/** One page of departments, ordered by code, with the total matching count. */
export const departmentListSchema = z.object({ items: z.array(departmentSchema), total: z.number().int() });
export type DepartmentPage = z.infer<typeof departmentListSchema>;

export const createDepartmentBody = z.strictObject({ code, name });
export type DepartmentInput = z.input<typeof createDepartmentBody>;

export const patchDepartmentBody = z.strictObject({ code: code.optional(), name: name.optional() });
export type DepartmentPatch = z.input<typeof patchDepartmentBody>;
