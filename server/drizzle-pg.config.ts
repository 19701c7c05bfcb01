import { defineConfig } from 'drizzle-kit';

/** PostgreSQL's schema and migrations (issue 11); SQLite's are in drizzle.config.ts. Kept in step by src/db/schema-parity.test.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema-pg/index.ts',
  out: './drizzle-pg',
});
