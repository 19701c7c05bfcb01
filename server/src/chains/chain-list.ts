import type { Database } from '../db/database';
import { listChains } from './chain-queries';
import { backfillChainFigures, storedChainFigures } from './chain-figures';

/**
 * Every chain without its recipe and decisions, with its stored figures (matter count, whether it can
 * be published, blockers); figures missing on old rows are computed and stored once.
 */
export async function chainList(db: Database) {
  let chains = await listChains(db.read);
  let figures = await storedChainFigures(db.read);
  const missing = chains.filter((c) => !figures.get(c.id)).map((c) => c.id);
  if (missing.length > 0) {
    await backfillChainFigures(db, missing);
    [chains, figures] = [await listChains(db.read), await storedChainFigures(db.read)];
  }
  return chains.flatMap((chain) => {
    const stored = figures.get(chain.id);
    if (!stored) return []; // deleted between the reads
    const { recipe: _r, decisions: _d, ...rest } = chain;
    return [{ ...rest, ...stored }];
  });
}
