import { defineConfig } from 'vitest/config';

/** Property tests (fast-check) run with one fixed seed, so CI is deterministic; `FC_SEED=<n>` explores another. */
function propertySeed(): number {
  const raw = process.env.FC_SEED?.trim();
  const seed = raw ? Number(raw) : 42;
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${raw}"`);
  return seed;
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    provide: { fcSeed: propertySeed() },
    setupFiles: ['src/property-seed.setup.ts'],
  },
});
