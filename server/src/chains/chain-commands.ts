import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { chainRecipeSchema, checkFeel, type ChainDecisions, type ChainRecipe } from '@yilian/shared';
import { chains } from '../db/schema';
import type { Database, Reader, Tx } from '../db/database';
import type { AuthState } from '../auth/types';
import { duplicate, jsonPath, notDraft, staleRevision } from '../errors';
import { recordAudit } from '../audit/record';
import { CatalogInvalidError } from '../catalog/import-request';
import { catalogTenantId } from '../catalog/catalog-tenant';
import { loadMatters } from './chain-matters';
import { chainByCode, getChain, nextChainPosition, type ChainRow } from './chain-queries';
import { refreshChainFigures } from './chain-figures';

/** Validates a recipe: its schema (paths `recipe.…`), its matters exist, its FEEL conditions compile. */
export async function validateRecipe(db: Reader, recipe: unknown): Promise<ChainRecipe> {
  const parsed = chainRecipeSchema.safeParse(recipe);
  if (!parsed.success) {
    throw new CatalogInvalidError(parsed.error.issues.map((i) => ({ path: jsonPath(['recipe', ...i.path]), message: i.message })));
  }
  const value = parsed.data;
  await loadMatters(db, value.matters, 'recipe.matters');
  const variables = value.situations.map((s) => s.key);
  const problems = Object.entries(value.applicability ?? {}).flatMap(([code, expr]) =>
    checkFeel(expr, variables, `applicability:${code}`).map((p) => ({ path: `recipe.applicability.${code}`, message: p.message })));
  if (problems.length > 0) throw new CatalogInvalidError(problems);
  return recipe as ChainRecipe;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string): Promise<void> {
  const other = await chainByCode(tx, code);
  if (other && other.id !== exceptId) throw duplicate(`主题编码 ${code} 已存在`, 'recipe.code', { reason: 'chain_code', code });
}

const snapshot = (c: ChainRow) => ({ code: c.code, name: c.name, status: c.status, revision: c.revision, recipe: c.recipe, decisions: c.decisions });

/** Creates a draft chain from a recipe (copied or built from selected matters); audited. */
export async function createChain(db: Database, auth: AuthState, recipe: unknown, decisions: ChainDecisions, now: Date): Promise<ChainRow> {
  return db.withTx(async (tx) => {
    const value = await validateRecipe(tx, recipe);
    await assertCodeFree(tx, value.code);
    const id = randomUUID();
    const iso = now.toISOString();
    const tenantId = await catalogTenantId(tx);
    await tx.insert(chains).values({ id, tenantId, code: value.code, name: value.name, subject: value.subject, status: 'draft', recipe: value, decisions, position: await nextChainPosition(tx, tenantId), createdAt: iso, updatedAt: iso, updatedBy: auth.user.username });
    const created = await getChain(tx, id);
    await refreshChainFigures(tx, { chainIds: [id] });
    await recordAudit(db, tx, auth, now, { action: 'chain.create', targetType: 'chain', targetId: id, tenantId, after: snapshot(created) });
    return created;
  });
}

export interface ChainUpdate {
  recipe: unknown;
  decisions: ChainDecisions;
  /** The revision the edit is based on; when given and not the stored one, the save is refused (409 `stale_revision`). */
  revision?: number | undefined;
}

const staleChain = (stored: number, base: number) =>
  staleRevision('revision', `revision: 主题已被他人修改（当前版本 ${stored}，您的修改基于版本 ${base}），请刷新后重新保存`, { reason: 'chain', stored, base });

/**
 * Replaces a draft chain's recipe and decisions and increments its revision; audited with before/after.
 * A `revision` that is not the stored one is a 409 `stale_revision` (path `revision`) and writes nothing;
 * the update itself is a compare-and-set on the revision read.
 */
export async function updateChain(db: Database, auth: AuthState, id: string, input: ChainUpdate, now: Date): Promise<ChainRow> {
  return db.withTx(async (tx) => {
    const tenantId = await catalogTenantId(tx);
    const before = await getChain(tx, id);
    if (before.status !== 'draft') throw notDraft('只能修改草稿状态的主题');
    if (input.revision !== undefined && input.revision !== before.revision) throw staleChain(before.revision, input.revision);
    const value = await validateRecipe(tx, input.recipe);
    await assertCodeFree(tx, value.code, id);
    const written = await tx.update(chains)
      .set({ code: value.code, name: value.name, subject: value.subject, recipe: value, decisions: input.decisions, revision: sql`${chains.revision} + 1`, updatedAt: now.toISOString(), updatedBy: auth.user.username })
      .where(and(eq(chains.tenantId, tenantId), eq(chains.id, id), eq(chains.revision, before.revision)))
      .returning({ id: chains.id });
    if (written.length !== 1) throw staleChain((await getChain(tx, id)).revision, input.revision ?? before.revision);
    const after = await getChain(tx, id);
    await refreshChainFigures(tx, { chainIds: [id] });
    await recordAudit(db, tx, auth, now, { action: 'chain.update', targetType: 'chain', targetId: id, tenantId, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Deletes a draft chain; published chains are retired, never deleted. */
export async function deleteChain(db: Database, auth: AuthState, id: string, now: Date): Promise<void> {
  await db.withTx(async (tx) => {
    const tenantId = await catalogTenantId(tx);
    const before = await getChain(tx, id);
    if (before.status !== 'draft') throw notDraft('只能删除草稿状态的主题');
    await tx.delete(chains).where(and(eq(chains.tenantId, tenantId), eq(chains.id, id)));
    await recordAudit(db, tx, auth, now, { action: 'chain.delete', targetType: 'chain', targetId: id, tenantId, before: snapshot(before) });
  });
}
