import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ChainDecisions, ChainRecipe } from '@yilian/shared';
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
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('chains_tenant_code').on(t.tenantId, t.code), index('chains_tenant_name').on(t.tenantId, t.name)],
);
