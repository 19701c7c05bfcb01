import { api } from '@yilian/runtime/ui';

/** A department of the acting tenant (GET /api/departments). */
export interface Department {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  userCount: number;
}

export interface DepartmentInput {
  code: string;
  name: string;
}

/** Department code rule, as the server checks it. */
export const DEPARTMENT_CODE = /^[a-z][a-z0-9-]{0,31}$/;
export const DEPARTMENT_NAME_MAX = 100;

export const departmentsApi = {
  list: async (): Promise<Department[]> => (await api.get<{ items: Department[] }>('/api/departments')).items,
  create: (input: DepartmentInput) => api.post<Department>('/api/departments', input),
  update: (id: string, input: Partial<DepartmentInput>) => api.patch<Department>(`/api/departments/${encodeURIComponent(id)}`, input),
  remove: (id: string) => api.delete(`/api/departments/${encodeURIComponent(id)}`),
};
