/** The chain process document: GET and PUT /api/chains/{id}/process (contract in @yilian/shared `api/chain-process`). */
import type { ChainProcess, ChainProcessSave } from '@yilian/shared';
import { api } from '@yilian/runtime/ui';

export type { ChainProcess, ChainProcessSave, ProcessLintIssue } from '@yilian/shared';

const processPath = (chainId: string) => `/api/chains/${encodeURIComponent(chainId)}/process`;

export const chainProcessApi = {
  /** The saved process, or the generated one while none is saved (`generated: true`, revision 0), with its lint. */
  get: (chainId: string) => api.get<ChainProcess>(processPath(chainId)),
  /**
   * Saves BPMN 2.0 XML based on `revision` (drafts may have lint errors): 409 `stale_revision` when someone saved
   * since, 400 `invalid_bpmn` (with `error.details`) for malformed XML, 413 over 5 MiB.
   */
  save: (chainId: string, body: ChainProcessSave) => api.put<ChainProcess>(processPath(chainId), body),
};
