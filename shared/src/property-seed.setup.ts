// Test setup (vitest.config.ts): every fast-check property runs with the seed the config provides — 42, or
// FC_SEED=<n> to explore others. A failing property reports its seed and path, so `FC_SEED=<seed>` replays it.
import fc from 'fast-check';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') });
