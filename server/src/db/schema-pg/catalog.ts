import { pgTable, text, integer, index, uniqueIndex, json } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { departments } from './accounts';

// Documents kept as imported (unknown keys, key order) are `json`, never `jsonb`: jsonb reorders keys
// and drops duplicates, and the catalog must export byte-for-byte as imported.

/** Shared field dictionary (数据元) of a tenant's catalog, upserted by key. */
export const dataElements = pgTable(
  'data_elements',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type').notNull(),
    /** The whole entry as imported, unknown keys included. */
    content: json('content').notNull().$type<Record<string, unknown>>(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('data_elements_tenant_key').on(t.tenantId, t.key)],
);

/** A matter (事项) of a tenant's catalog; searchable columns mirror its current version. */
export const matters = pgTable(
  'matters',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    department: text('department').notNull(),
    departmentId: text('department_id').references(() => departments.id),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    currentVersion: integer('current_version').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('matters_tenant_code').on(t.tenantId, t.code),
    index('matters_tenant_name').on(t.tenantId, t.name),
    index('matters_tenant_department').on(t.tenantId, t.department),
  ],
);

/** Every version of a matter, immutable: a changed import or an edit adds one. */
export const matterVersions = pgTable(
  'matter_versions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    matterId: text('matter_id').notNull().references(() => matters.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The matter object exactly as the catalog carries it, unknown keys included. */
    content: json('content').notNull().$type<Record<string, unknown>>(),
    contentHash: text('content_hash').notNull(),
    source: text('source', { enum: ['import', 'edit'] }).notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('matter_versions_matter_version').on(t.matterId, t.version)],
);

/** Root-level keys of imported catalogs that the format does not define; exported again unchanged. */
export const catalogExtras = pgTable('catalog_extras', {
  tenantId: text('tenant_id').primaryKey().references(() => tenants.id),
  extras: json('extras').notNull().$type<Record<string, unknown>>(),
  updatedAt: text('updated_at').notNull(),
});

/** A county's/zone's local elements of a city matter (office, address, phone, hours, window): never standard elements. */
export const matterLocals = pgTable(
  'matter_locals',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    matterId: text('matter_id').notNull().references(() => matters.id, { onDelete: 'cascade' }),
    elements: json('elements').notNull().$type<Record<string, string>>(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('matter_locals_tenant_matter').on(t.tenantId, t.matterId)],
);
