/**
 * The regular expressions of form fields (`pattern`): they must compile and must not backtrack
 * catastrophically, checked before any form or the server runs them on a value (ReDoS).
 *
 * The backtracking check is redos-detector's (pure TypeScript, no Node or DOM APIs): it looks for
 * input that the pattern can match in more than one way — nested quantifiers `(a+)+`, overlapping
 * alternatives under a quantifier `(a|a)*`, `(a|aa)+`, adjacent overlapping repetitions
 * `\d*\d*` — over the whole value, i.e. as `^(?:pattern)$` (a field's pattern tests a whole value;
 * what is safe that way is safe unanchored too, except for the linear retries at each start).
 * Its search is bounded (MAX_STEPS), so the verdict is the same on every machine; a pattern too
 * intricate to finish within the bound is refused like an ambiguous one.
 */
import { isSafePattern } from 'redos-detector';
import { PATTERN_CATASTROPHIC, PATTERN_INVALID, PATTERN_UNCHECKABLE } from './schema-messages';

/** The analysis budget: ordinary field patterns stay well within it, and the worst case takes under a second. */
const MAX_STEPS = 1000;
/** Verdicts kept (a catalog repeats the same few patterns across thousands of fields). */
const CACHE_SIZE = 1000;
const verdicts = new Map<string, string | null>();

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

function backtrackingProblem(pattern: string, unicode: boolean): string | null {
  try {
    const result = isSafePattern(`^(?:${pattern})$`, { maxSteps: MAX_STEPS, unicode });
    return result.safe ? null : PATTERN_CATASTROPHIC;
  } catch {
    // The analyser's parser does not read every construct a JavaScript engine accepts (named groups).
    return PATTERN_UNCHECKABLE;
  }
}

/**
 * Why `pattern` may not be a field's pattern (zh-CN message), or null when it may: it must compile
 * with `flags` (the catalog's patterns compile without flags, the form schema's with `u`) and must not
 * backtrack catastrophically. Never evaluates the pattern on any input.
 */
export function fieldPatternProblem(pattern: string, flags: '' | 'u' = ''): string | null {
  const cacheKey = `${flags}/${pattern}`;
  const cached = verdicts.get(cacheKey);
  if (cached !== undefined) return cached;
  const problem = !compiles(pattern, flags)
    ? PATTERN_INVALID
    : backtrackingProblem(pattern, flags === 'u' || compiles(pattern, 'u'));
  if (verdicts.size >= CACHE_SIZE) verdicts.clear();
  verdicts.set(cacheKey, problem);
  return problem;
}
