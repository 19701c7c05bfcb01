import { composeChain, resolveApplicability, type ChainDecisions, type ComposedChain, type Applicability } from '@yilian/shared';
import type { Reader } from '../db/database';
import { loadMatters } from './chain-matters';
import { dataElementList } from './data-elements';

export interface ComposeRequest {
  matterCodes: readonly string[];
  applicability?: Readonly<Record<string, string>>;
  dependsOn?: Readonly<Record<string, readonly string[]>>;
  decisions?: ChainDecisions;
  answers?: Readonly<Record<string, unknown>>;
  /** JSON path prefix used when a matter code is unknown. */
  pathPrefix?: string;
}

export interface Composition {
  composed: ComposedChain;
  applicability: Applicability;
}

/** Loads the matters and composes the chain for the given answers (none = every matter applies). */
export async function composeFromCatalog(db: Reader, req: ComposeRequest): Promise<Composition> {
  const matters = await loadMatters(db, req.matterCodes, req.pathPrefix);
  const applicability = resolveApplicability(req.matterCodes, req.applicability, req.answers);
  const composed = composeChain({
    matters,
    dataElements: await dataElementList(db),
    ...(req.dependsOn ? { chainDependsOn: req.dependsOn as Record<string, string[]> } : {}),
    ...(req.decisions ? { decisions: req.decisions } : {}),
    applicableMatterCodes: applicability.applicable,
  });
  return { composed, applicability };
}
