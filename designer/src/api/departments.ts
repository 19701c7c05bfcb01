/** /api/departments (types from the API contract, @yilian/shared `api/departments`). */
import type { Department, DepartmentInput, DepartmentPage, DepartmentPatch, DepartmentQuery } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { Department, DepartmentInput, DepartmentPage, DepartmentQuery };
/** Department code rule and name length, as the server checks them. */
export { DEPARTMENT_CODE, DEPARTMENT_NAME_MAX } from '@yilian/shared';

/** The largest page the server answers. */
const MAX_PAGE = 100;

export const departmentsApi = {
  /** One page (code or name containing q), ordered by code. */
  list: (query: DepartmentQuery) => api.get<DepartmentPage>('/api/departments', { ...query }),
  /** Every department of the acting tenant, read page by page (for the pickers). */
  all: async (): Promise<Department[]> => {
    const all: Department[] = [];
    for (let page = 1; ; page += 1) {
      const { items, total } = await departmentsApi.list({ page, pageSize: MAX_PAGE });
      all.push(...items);
      if (items.length < MAX_PAGE || all.length >= total) return all;
    }
  },
  create: (input: DepartmentInput) => api.post<Department>('/api/departments', input),
  update: (id: string, input: DepartmentPatch) => api.patch<Department>(`/api/departments/${encodeURIComponent(id)}`, input),
  remove: (id: string) => api.delete(`/api/departments/${encodeURIComponent(id)}`),
};
