/**
 * Zod without its JIT: zod compiles fast object parsers from generated source text, and probes for
 * that ability once — which a strict Content-Security-Policy (which forbids generated scripts) reports as a violation.
 * Yilian generates no code at run time anywhere, so every entry point imports this module first
 * (before any schema is built): the shared package itself, the apps' main modules.
 */
import { config } from 'zod';

config({ jitless: true });
