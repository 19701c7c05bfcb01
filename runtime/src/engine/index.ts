/**
 * @yilian/runtime/engine — the process engine (pure TypeScript: no DOM, no I/O).
 * Placeholder: later issues fill it with `step(definition, state, command, env) → { state, effects }`.
 * It must never touch `window`, `document`, `process` or Node built-ins; the server loads it.
 */
export {};
