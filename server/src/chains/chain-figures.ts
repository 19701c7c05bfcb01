/**
 * A chain's composition figures (matter count, publishable, blockers) stored with the chain, so the
 * chain list never recomposes every chain. Recomputed inside the transaction that changes the chain,
 * one of its matters or the data elements (no per-node cache: every node reads the same row).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { chains } from '../db/schema';
import type { StoredChainFigures } from '../db/schema/chain-figures';
import type { Database, Reader, Tx } from '../db/database';
import { catalogTenantId } from '../catalog/catalog-tenant';
import { listChains, type ChainRow } from './chain-queries';
import { composeStored } from './chain-views';

/** Composes the chain and keeps the figures the list shows. */
export async function computeChainFigures(db: Reader, chain: ChainRow): Promise<StoredChainFigures> {
  const { composed } = await composeStored(db, chain);
  return { matterCount: chain.recipe.matters.length, publishable: composed.publishable, blockers: composed.blockers, blockerMessages: composed.blockerMessages };
}

async function store(tx: Tx, chain: ChainRow): Promise<void> {
  await tx.update(chains).set({ figures: await computeChainFigures(tx, chain) }).where(eq(chains.id, chain.id));
}

/** Which chains to recompute: given ids, those using any of the matters, or every chain (the data elements changed). */
export type FiguresScope = { chainIds: readonly string[] } | { matterCodes: readonly string[] } | 'all';

/** Recomputes and stores the figures of the chains in scope, inside the caller's transaction. */
export async function refreshChainFigures(tx: Tx, scope: FiguresScope): Promise<void> {
  const all = await listChains(tx);
  const picked = scope === 'all' ? all
    : 'chainIds' in scope ? all.filter((c) => scope.chainIds.includes(c.id))
    : all.filter((c) => c.recipe.matters.some((code) => scope.matterCodes.includes(code)));
  for (const chain of picked) await store(tx, chain);
}

/** The stored figures of the catalog's chains, by chain id (null = never computed, e.g. a row from before the column). */
export async function storedChainFigures(db: Reader): Promise<Map<string, StoredChainFigures | null>> {
  const rows = await db.select({ id: chains.id, figures: chains.figures }).from(chains).where(eq(chains.tenantId, await catalogTenantId(db)));
  return new Map(rows.map((r) => [r.id, r.figures]));
}

/** Computes and stores the figures of chains that have none yet (rows created before the column). */
export async function backfillChainFigures(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.withTx(async (tx) => {
    const missing = await tx.select({ id: chains.id }).from(chains).where(and(inArray(chains.id, [...ids]), isNull(chains.figures)));
    if (missing.length > 0) await refreshChainFigures(tx, { chainIds: missing.map((m) => m.id) });
  });
}
