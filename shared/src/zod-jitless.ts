/**
 * Zod without its JIT: zod compiles fast object parsers with `new Function`, and probes for that
 * ability with a caught `new Function("")` — which a strict Content-Security-Policy reports as a
 * violation. Yilian allows no `eval`/`new Function` anywhere, so every entry point imports this
 * module first (before any schema is built): the shared package itself, the apps' main modules.
 */
import { config } from 'zod';

config({ jitless: true });
