import type { Reader } from '../db/database';
import { getChain, type ChainRow } from './chain-queries';
import { composeFromCatalog } from './compose';
import { describeComposition } from './describe-composition';

/** The composition of a stored chain in the design view (every matter applies). */
export async function composeStored(db: Reader, chain: ChainRow) {
  const { composed, applicability } = await composeFromCatalog(db, {
    matterCodes: chain.recipe.matters, pathPrefix: 'recipe.matters', decisions: chain.decisions,
    ...(chain.recipe.applicability ? { applicability: chain.recipe.applicability } : {}),
    ...(chain.recipe.dependsOn ? { dependsOn: chain.recipe.dependsOn } : {}),
  });
  return { composed, description: describeComposition(chain.code, composed, applicability) };
}

/** One chain (404 when unknown) with its composition. */
export async function chainDetail(db: Reader, id: string) {
  const chain = await getChain(db, id);
  return { chain, composition: (await composeStored(db, chain)).description };
}
