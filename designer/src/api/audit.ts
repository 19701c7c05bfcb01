/** /api/audit (types from the API contract, @yilian/shared `api/audit`). */
import type { AuditItem, AuditPage, AuditQuery, AuditVerification } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { AuditItem, AuditQuery, AuditVerification };

export const auditApi = {
  list: (query: AuditQuery) => api.get<AuditPage>('/api/audit', { ...query }),
  verify: () => api.get<AuditVerification>('/api/audit/verify'),
};
