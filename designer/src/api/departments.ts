/** /api/departments (types from the API contract, @yilian/shared `api/departments`). */
import type { Department, DepartmentInput, DepartmentPatch } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { Department, DepartmentInput };
/** Department code rule and name length, as the server checks them. */
export { DEPARTMENT_CODE, DEPARTMENT_NAME_MAX } from '@yilian/shared';

export const departmentsApi = {
  list: async (): Promise<Department[]> => (await api.get<{ items: Department[] }>('/api/departments')).items,
  create: (input: DepartmentInput) => api.post<Department>('/api/departments', input),
  update: (id: string, input: DepartmentPatch) => api.patch<Department>(`/api/departments/${encodeURIComponent(id)}`, input),
  remove: (id: string) => api.delete(`/api/departments/${encodeURIComponent(id)}`),
};
