/** The chain form document: GET and PUT /api/chains/{id}/form (contract in @yilian/shared `api/chain-form`). */
import type { ChainForm, ChainFormSave } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

const formPath = (chainId: string) => `/api/chains/${encodeURIComponent(chainId)}/form`;

export const chainFormApi = {
  /** The saved form, or the generated one while none is saved (`generated: true`, revision 0). */
  get: (chainId: string) => api.get<ChainForm>(formPath(chainId)),
  /** Saves the schema based on `revision`: 409 `stale_revision` when someone saved since, 400 with every problem when invalid. */
  save: (chainId: string, body: ChainFormSave) => api.put<ChainForm>(formPath(chainId), body),
};
