import type { Db } from '../db/client';
import { getChain, listChains, type ChainRow } from './chain-queries';
import { composeFromCatalog } from './compose';
import { describeComposition } from './describe-composition';

/** The composition of a stored chain in the design view (every matter applies). */
export function composeStored(db: Db, chain: ChainRow) {
  const { composed, applicability } = composeFromCatalog(db, {
    matterCodes: chain.recipe.matters, pathPrefix: 'recipe.matters', decisions: chain.decisions,
    ...(chain.recipe.applicability ? { applicability: chain.recipe.applicability } : {}),
    ...(chain.recipe.dependsOn ? { dependsOn: chain.recipe.dependsOn } : {}),
  });
  return { composed, description: describeComposition(chain.code, composed, applicability) };
}

/** Every chain without its recipe and decisions, with its matter count and whether it can be published. */
export function chainList(db: Db) {
  return listChains(db).map((chain) => {
    const { composed } = composeStored(db, chain);
    const { recipe: _r, decisions: _d, ...rest } = chain;
    return { ...rest, matterCount: chain.recipe.matters.length, publishable: composed.publishable, blockers: composed.blockers, blockerMessages: composed.blockerMessages };
  });
}

/** One chain (404 when unknown) with its composition. */
export function chainDetail(db: Db, id: string) {
  const chain = getChain(db, id);
  return { chain, composition: composeStored(db, chain).description };
}
