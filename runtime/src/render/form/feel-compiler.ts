/**
 * The only compiler of `{{ }}` schema expressions: FEEL through shared's wrapper, never JavaScript
 * (Formily's default builds a `new Function` per evaluation, which our CSP forbids and which would
 * run a form author's script in citizens' browsers). Registered with @formily/json-schema as a side
 * effect of importing this module (and so of `@yilian/runtime/render`), before any form exists.
 *
 * Per expression text it caches the syntax check and the root names read; an evaluation builds the
 * FEEL context from those names only, reading `scope.$values[name]` (Formily then tracks exactly
 * those fields) over the situation answers in `scope.$answers` (values win, as in shared
 * `formContext`), and reuses the last result while those inputs are unchanged. It never throws: a
 * broken or failing expression yields null and a problem (unknown names are missing values, not problems).
 */
import { Schema } from '@formily/json-schema';
import { analyzeFeel, evaluateFeel, formContext, isForbiddenKey, type FeelAnalysis, type FeelProblem } from '@yilian/shared';

/** What the compiler reads from a Formily scope. */
export interface FeelScope {
  /** The form's values (`form.values`): read per referenced name, so Formily tracks those fields. */
  $values?: Readonly<Record<string, unknown>>;
  /** Situation answers as a nested context (shared `toFeelContext`); form values win over them. */
  $answers?: Readonly<Record<string, unknown>>;
  /** The field or layout node the expression belongs to: problems name its address. */
  $self?: { address?: unknown };
  /** Receives this evaluation's problems (else they go to `onFeelProblem` listeners). */
  $report?: (problem: FeelProblem) => void;
}

interface CacheEntry {
  analysis: FeelAnalysis;
  /** The last evaluation: its inputs (the context as JSON) and result. */
  last?: { inputs: string; value: unknown };
}

/** Parsed expressions by text; bounded, as the designer's preview compiles every edit. */
const cache = new Map<string, CacheEntry>();
const CACHE_LIMIT = 2000;
const listeners = new Set<(problem: FeelProblem) => void>();

/** Listens to problems of evaluations whose scope has no `$report`; returns the unsubscribe. */
export function onFeelProblem(listener: (problem: FeelProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Statistics of the expression cache (tests, the bench). */
export const feelCacheSize = (): number => cache.size;

function entryOf(text: string): CacheEntry {
  let entry = cache.get(text);
  if (entry === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    entry = { analysis: analyzeFeel(text, 'form') };
    cache.set(text, entry);
  }
  return entry;
}

function report(scope: FeelScope, problems: readonly FeelProblem[]): void {
  for (const problem of problems) {
    if (scope.$report) scope.$report(problem);
    else for (const listener of listeners) listener(problem);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** An empty group: the renderer pre-creates `applicant` for `applicant.name`; submitted values leave it out. */
const isEmptyGroup = (value: unknown): boolean => isRecord(value) && !Array.isArray(value) && Object.keys(value).length === 0;

/** The own value of `name` (read through the proxy first, so an absent field is tracked too). */
function own(record: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  if (!isRecord(record) || isForbiddenKey(name)) return undefined;
  const value = record[name];
  return value !== undefined && !isEmptyGroup(value) && Object.hasOwn(record, name) ? value : undefined;
}

/** Evaluates one expression (the text inside `{{ }}`) over the scope; null plus a problem on failure. */
export function compileFeel(expression: string, scope: FeelScope = {}): unknown {
  const text = expression.trim();
  const source = `form:${String(scope.$self?.address ?? '')}`;
  const entry = entryOf(text);
  if (entry.analysis.problems.length > 0) {
    report(scope, analyzeFeel(text, source).problems);
    return null;
  }
  const values: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  for (const name of entry.analysis.names) {
    const value = own(scope.$values, name);
    if (value !== undefined) values[name] = value;
    const answer = own(scope.$answers, name);
    if (answer !== undefined) answers[name] = answer;
  }
  const context = formContext(answers, values);
  const inputs = JSON.stringify(context);
  if (entry.last?.inputs === inputs) return entry.last.value;
  const result = evaluateFeel(text, context, source);
  const value = result.ok ? (result.value ?? null) : null;
  if (!result.ok) report(scope, result.problems.filter((p) => p.kind !== 'unknown-variable'));
  entry.last = { inputs, value };
  return value;
}

/** Registers the FEEL compiler with Formily's schema (idempotent; done on import). */
export function registerFeelCompiler(): void {
  Schema.registerCompiler(compileFeel);
}

registerFeelCompiler();
