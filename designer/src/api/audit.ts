import { api } from '@yilian/runtime/ui';

export interface AuditItem {
  seq: number;
  at: string;
  tenantId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  action?: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  brokenAt?: number;
  reason?: string;
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<{ items: AuditItem[]; total: number }>('/api/audit', { ...query }),
  verify: () => api.get<AuditVerification>('/api/audit/verify'),
};
