/**
 * Vitest global setup: on the PostgreSQL pass (`YILIAN_TEST_DIALECT=postgres`) migrates and seeds one
 * template database for the whole run; every test app copies it (./test-database.ts). Dropped at the end.
 */
import type { TestProject } from 'vitest/node';
import { buildPgTemplate } from './pg-template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded PostgreSQL template database of this run, and its migration count. */
    pgTemplate: { name: string; migrations: number } | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.YILIAN_TEST_DIALECT !== 'postgres') {
    project.provide('pgTemplate', null);
    return undefined;
  }
  const { seedTestDatabase } = await import('./seed-test-database');
  const template = await buildPgTemplate(seedTestDatabase);
  project.provide('pgTemplate', { name: template.name, migrations: template.migrations });
  return template.drop;
}
