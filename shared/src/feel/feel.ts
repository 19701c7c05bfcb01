import { evaluate, SyntaxError as FeelSyntaxError, type Warning } from 'feelin';
import { toFeelContext } from './feel-context';
import { FeelLimitError, feelInputProblem, feelShape, withFeelBudget } from './feel-limits';

/** Where an expression comes from, e.g. `applicability:000125049000` or `flow:Flow_1`. */
export type FeelSource = string;

export interface FeelProblem {
  source: FeelSource;
  expression: string;
  /** `limit`: refused by the evaluation bounds (feel-limits.ts): too long, too much iteration, an unsafe pattern, too large an input. */
  kind: 'syntax' | 'unknown-variable' | 'runtime' | 'limit';
  message: string;
  position?: { from: number; to: number };
  /** The unknown name, for `unknown-variable`. */
  name?: string;
}

export type FeelResult = { ok: true; value: unknown } | { ok: false; problems: FeelProblem[] };

const UNKNOWN = new Set(['NO_VARIABLE_FOUND', 'NO_CONTEXT_ENTRY_FOUND', 'NO_PROPERTY_FOUND']);
const RUNTIME = new Set(['INVALID_TYPE', 'INVALID_ARGUMENTS', 'NO_FUNCTION_FOUND', 'FUNCTION_INVOCATION_FAILURE', 'UNSUPPORTED']);

function problemOf(source: FeelSource, expression: string, w: Warning): FeelProblem {
  // A missing member of a known context (`premises.size`) is named with its path.
  let from = w.position.from;
  while (from > 0 && /[\p{L}\p{N}_.]/u.test(expression[from - 1]!)) from -= 1;
  const name = expression.slice(from, w.position.to);
  return UNKNOWN.has(w.type)
    ? { source, expression, kind: 'unknown-variable', message: `${source}: 未知变量「${name}」 (${expression})`, position: w.position, name }
    : { source, expression, kind: 'runtime', message: `${source}: ${w.message} (${expression})`, position: w.position };
}

const limitProblem = (source: FeelSource, expression: string, why: string) => ({
  value: undefined,
  problems: [{ source, expression: expression.slice(0, 200), kind: 'limit' as const, message: `${source}: ${why}` }],
});

function run(expression: string, answers: Readonly<Record<string, unknown>>, source: FeelSource) {
  if (expression.trim() === '') {
    return { value: undefined, problems: [{ source, expression, kind: 'syntax' as const, message: `${source}: 表达式为空` }] };
  }
  const shape = feelShape(expression);
  if (shape.problem) return limitProblem(source, expression, shape.problem);
  const tooLarge = feelInputProblem(shape, answers);
  if (tooLarge) return limitProblem(source, expression, tooLarge);
  const context = toFeelContext(answers);
  try {
    const { value, warnings } = withFeelBudget(() => evaluate(expression, context));
    return { value, problems: warnings.filter((w) => UNKNOWN.has(w.type) || RUNTIME.has(w.type)).map((w) => problemOf(source, expression, w)) };
  } catch (err) {
    if (err instanceof FeelLimitError) return limitProblem(source, expression, err.message);
    if (err instanceof FeelSyntaxError) {
      const message = `${source}: 语法错误，位置 ${err.position.from}: ${expression}`;
      return { value: undefined, problems: [{ source, expression, kind: 'syntax' as const, message, position: err.position }] };
    }
    // The interpreter throws for some built-ins it does not implement (e.g. string() of a context): a runtime problem, never a crash.
    const message = `${source}: ${err instanceof Error ? err.message : String(err)} (${expression})`;
    return { value: undefined, problems: [{ source, expression, kind: 'runtime' as const, message }] };
  }
}

/** Evaluates a FEEL expression over answers keyed by dotted names; every problem names its source. */
export function evaluateFeel(expression: string, answers: Readonly<Record<string, unknown>>, source: FeelSource): FeelResult {
  const { value, problems } = run(expression, answers, source);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** Checks syntax and variables of an expression against the names it may use (as you type, at save). */
export function checkFeel(expression: string, variables: readonly string[], source: FeelSource): FeelProblem[] {
  return run(expression, Object.fromEntries(variables.map((v) => [v, null])), source).problems.filter((p) => p.kind !== 'runtime');
}
