import { pgTable, text, bigint, index } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { users } from './accounts';

/**
 * An uploaded file's record; its bytes live in the file store (YILIAN_FILES), outside the database
 * and the web root. Readable by its uploader (and, with case handling, by the staff of a case that
 * references it).
 */
export const files = pgTable(
  'files',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull().references(() => tenants.id),
    ownerId: text('owner_id').notNull().references(() => users.id),
    name: text('name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** The kind found in the content's magic bytes: pdf, jpeg, png, ofd. */
    type: text('type').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('files_owner').on(t.ownerId), index('files_sha256').on(t.sha256)],
);
