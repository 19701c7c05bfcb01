import type { ChainDecisions, ChainRecipe, DataElement, Matter, ServiceGuide } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

/** A chain's lifecycle status (drafts are editable; publishing comes later). */
export type ChainStatus = 'draft' | 'published' | 'retired';

/** One row of GET /api/chains. */
export interface ChainListItem {
  id: string;
  code: string;
  name: string;
  subject: string;
  status: ChainStatus;
  updatedAt: string;
  updatedBy: string | null;
  matterCount: number;
  publishable: boolean;
  blockers: string[];
}

/** A stored chain: its recipe (yilian.catalog/v1 `chains[]`) and the administrator's merge decisions. */
export interface ChainRecord {
  id: string;
  code: string;
  name: string;
  subject: string;
  status: ChainStatus;
  recipe: ChainRecipe;
  decisions: ChainDecisions;
  updatedAt: string;
  updatedBy: string | null;
}

/** The server's composition of a chain (POST /api/chains/preview, GET /api/chains/{id}). */
export interface ChainComposition {
  chainCode: string | null;
  matterCodes: string[];
  excludedMatterCodes: string[];
  fields: Array<{ key: string; label: string; type: string; required: boolean; sources: string[] }>;
  materials: Array<{
    code: string;
    name: string;
    requiredBy: string[];
    rongqueAllowed: boolean;
    commitmentAllowed: boolean;
    required: boolean;
    askApplicant: boolean;
    eLicenseCandidate: boolean;
    producedBy?: string;
  }>;
  conflicts: Array<{ key: string; reason: string; message: string }>;
  suggestions: Array<{ keys: string[]; labels: string[]; status: string }>;
  stages: string[][];
  metrics: { before: Figures; after: Figures; legal: { days: number; uncapped: number; exceeds45: boolean } } | null;
  deadline: unknown;
  publishable: boolean;
  blockers: string[];
  problems: Array<{ source: string; message: string }>;
}

interface Figures {
  steps: number;
  materials: number;
  fields: number;
  days: number;
  visits: number;
}

/** GET /api/chains/{id}. */
export interface ChainDetail {
  chain: ChainRecord;
  composition: ChainComposition;
}

/** Body of POST /api/chains and PUT /api/chains/{id}. */
export interface ChainInput {
  recipe: ChainRecipe;
  decisions: ChainDecisions;
}

/** POST /api/chains/{id}/checklist: what one applicant brings, what is exempt, what they fill in. */
export interface ChainChecklist {
  matters: Array<{ code: string; name: string }>;
  excluded: Array<{ code: string; name: string }>;
  bring: ServiceGuide['materials'];
  exempt: ServiceGuide['materials'];
  fields: Array<{ key: string; label: string; required: boolean }>;
  /** Matters kept because an answer their condition needs is missing. */
  undetermined: string[];
}

/** One row of the matter search (GET /api/matters). */
export interface MatterRow {
  code: string;
  name: string;
  department: string;
  type: string;
  subject: string;
}

export interface MatterQuery {
  q?: string;
  department?: string;
  page: number;
  pageSize: number;
}

/** GET /api/matters: a page of matters plus every department (for the filter). */
export interface MatterPage {
  items: MatterRow[];
  total: number;
  departments: string[];
}

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
  matter: async (code: string): Promise<Matter> => (await api.get<{ matter: Matter }>(`/api/matters/${encodeURIComponent(code)}`)).matter,
  /** The catalog's data elements (数据元): merged field labels come from them. */
  dataElements: async (): Promise<DataElement[]> => (await api.get<{ items: DataElement[] }>('/api/data-elements')).items,
};
