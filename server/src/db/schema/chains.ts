import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, primaryKey, check } from 'drizzle-orm/sqlite-core';
import type { ChainDecisions, ChainRecipe } from '@yilian/shared';
import type { StoredChainFigures } from './chain-figures';
import { tenants } from './tenants';

/** A chain (一链办理主题) being designed: its recipe (matters, situations, applicability, ordering) and decisions. */
export const chains = sqliteTable(
  'chains',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    subject: text('subject').notNull(),
    status: text('status', { enum: ['draft', 'published', 'retired'] }).notNull().default('draft'),
    /** The chain recipe as in `yilian.catalog/v1` `chains[]`, unknown keys included. */
    recipe: text('recipe', { mode: 'json' }).notNull().$type<ChainRecipe>(),
    /** Conflict resolutions and suggestion decisions made by administrators. */
    decisions: text('decisions', { mode: 'json' }).notNull().$type<ChainDecisions>(),
    /** Incremented by every save of the recipe/decisions; a save based on an older revision is refused. */
    revision: integer('revision').notNull().default(0),
    /** Creation order within the tenant (a catalog import keeps its file's order): the export's order. */
    position: integer('position').notNull().default(0),
    /**
     * The chain's composition figures for lists (matter count, publishable, blockers), recomputed in the
     * transaction that changes the chain or any of its matters; null until first computed.
     */
    figures: text('figures', { mode: 'json' }).$type<StoredChainFigures>(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('chains_tenant_code').on(t.tenantId, t.code), index('chains_tenant_name').on(t.tenantId, t.name)],
);

/**
 * A chain's documents beside its recipe: `form` (a Formily JSON schema, as JSON text) and `process`
 * (BPMN 2.0 XML). A row exists once a document was saved (revision ≥ 1); a missing row is revision 0.
 * Owned by the chain's tenant; removed with the chain.
 */
export const chainDocuments = sqliteTable(
  'chain_documents',
  {
    chainId: text('chain_id').notNull().references(() => chains.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    kind: text('kind', { enum: ['form', 'process'] }).notNull(),
    content: text('content').notNull(),
    revision: integer('revision').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    primaryKey({ name: 'chain_documents_chain_kind', columns: [t.chainId, t.kind] }),
    index('chain_documents_tenant').on(t.tenantId),
    check('chain_documents_kind', sql`${t.kind} IN ('form', 'process')`),
    check('chain_documents_revision', sql`${t.revision} >= 1`),
  ],
);
