import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';

/** A tenant's departments (部门), matched by exact name from catalog imports. */
export const departments = sqliteTable(
  'departments',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('departments_tenant_code').on(t.tenantId, t.code), index('departments_tenant_name').on(t.tenantId, t.name)],
);

/** Staff, citizens and companies. Applicants live in the city tenant but act everywhere. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    kind: text('kind', { enum: ['staff', 'citizen', 'company'] }).notNull(),
    mobile: text('mobile'),
    idNumber: text('id_number'),
    uscc: text('uscc'),
    status: text('status', { enum: ['active', 'disabled'] }).notNull().default('active'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_username').on(t.username), index('users_tenant').on(t.tenantId)],
);

/** Role assignments; a reviewer's role is bound to one department. */
export const userRoles = sqliteTable(
  'user_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    departmentId: text('department_id').references(() => departments.id),
  },
  (t) => [index('user_roles_user').on(t.userId)],
);

/** Server-side sessions; the cookie holds the token, the table its SHA-256. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activeTenantId: text('active_tenant_id')
      .notNull()
      .references(() => tenants.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Failed logins, for throttling: counted per username and client address (shared by every node). */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    /** The client address the attempt came from ('' for entries older than the column). */
    client: text('client').notNull().default(''),
    at: text('at').notNull(),
  },
  (t) => [index('login_failures_username_at').on(t.username, t.at), index('login_failures_client_at').on(t.client, t.at)],
);

/** Rate-limited events other than logins (e.g. `register` per client address), shared by every node. */
export const rateEvents = sqliteTable(
  'rate_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('rate_events_scope_key_at').on(t.scope, t.key, t.at)],
);
