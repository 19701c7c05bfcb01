/** /api/chains and the catalog reads of the composer (types from the API contract, @yilian/shared `api/chains`). */
import type {
  ChainChecklist, ChainComposition, ChainDetail, ChainInput, ChainListItem, ChainRecord, ChainStatus, DataElement, Matter, MatterDetail,
  MatterPage, MatterQuery, MatterRow, ServiceGuide,
} from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { ChainChecklist, ChainComposition, ChainDetail, ChainInput, ChainListItem, ChainRecord, ChainStatus, MatterPage, MatterQuery, MatterRow };

const chainPath = (id: string) => `/api/chains/${encodeURIComponent(id)}`;

export const chainsApi = {
  list: async (): Promise<ChainListItem[]> => (await api.get<{ items: ChainListItem[] }>('/api/chains')).items,
  get: (id: string) => api.get<ChainDetail>(chainPath(id)),
  create: (input: ChainInput) => api.post<ChainRecord>('/api/chains', input),
  update: (id: string, input: ChainInput) => api.put<ChainRecord>(chainPath(id), input),
  remove: (id: string) => api.delete(chainPath(id)),
  guide: (id: string) => api.get<ServiceGuide>(`${chainPath(id)}/guide`),
  checklist: (id: string, answers: Record<string, unknown>) => api.post<ChainChecklist>(`${chainPath(id)}/checklist`, { answers }),
};

/** The catalog reads the composer needs: matter search, full matters, and the data elements of a chain. */
export const chainCatalogApi = {
  searchMatters: (query: MatterQuery) => api.get<MatterPage>('/api/matters', { ...query }),
  matter: async (code: string): Promise<Matter> => (await api.get<MatterDetail>(`/api/matters/${encodeURIComponent(code)}`)).matter,
  /** The catalog's data elements (数据元): merged field labels come from them. */
  dataElements: async (): Promise<DataElement[]> => (await api.get<{ items: DataElement[] }>('/api/data-elements')).items,
};
