import { pgTable, text, integer, index, json } from 'drizzle-orm/pg-core';

/** The tenant tree: the city (template owner, the root: no parent), its districts/counties and functional zones. */
export const tenants = pgTable(
  'tenants',
  {
    id: text('id').primaryKey(), // GB/T 2260 code, or an internal code for functional zones
    name: text('name').notNull(),
    kind: text('kind', { enum: ['city', 'county', 'zone'] }).notNull(),
    parentId: text('parent_id'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('tenants_parent').on(t.parentId, t.sortOrder)],
);

/** Per-tenant settings; a missing key falls back to the city's value, then to the built-in default. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  settings: json('settings').notNull().$type<Record<string, unknown>>(),
  updatedAt: text('updated_at').notNull(),
});
