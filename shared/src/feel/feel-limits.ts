/**
 * Bounds on one FEEL evaluation, so that no condition can hold a server or a browser (the interpreter
 * is synchronous and has no budget of its own: `for i in 1..n` costs microseconds per element with `n`
 * chosen by whoever answers, `1..3.5` never ends, and `matches` runs any regular expression).
 *
 * - before parsing: the expression's length;
 * - on the parse tree: at most MAX_ITERATIONS `for`/`some`/`every`, none inside another, each over one
 *   list or range; `matches`/`replace`/`split` only with a literal pattern that cannot backtrack
 *   catastrophically (the form patterns' ReDoS check);
 * - on the inputs: list answers bounded when the expression iterates, text answers when it runs a
 *   regular expression (the question types' own bounds are far below);
 * - while evaluating: every element a range yields spends one step of MAX_RANGE_STEPS, and past the
 *   time budget the next step stops the evaluation. A refusal is a FEEL problem, never an exception.
 */
import { FeelRange, parseExpression } from 'feelin';
import { fieldPatternProblem } from '../catalog/field-pattern';

export const FEEL_LIMITS = {
  /** Characters of one expression. */
  maxLength: 1000,
  /** `for`/`some`/`every` expressions in one expression (never nested). */
  maxIterations: 3,
  /** Elements all ranges of one evaluation may yield together. */
  maxRangeSteps: 1000,
  /** Elements of one list answer, when the expression iterates. */
  maxAnswerList: 200,
  /** Characters of one text answer, when the expression runs a regular expression (unanchored matching retries at each start). */
  maxAnswerText: 2000,
  /** Wall-clock budget of one evaluation, checked at each range step (a backstop to the step budget). */
  timeBudgetMs: 50,
} as const;

/** Thrown inside the interpreter when a budget is spent; caught by the evaluator and reported as a problem. */
export class FeelLimitError extends Error {}

const REGEX_FUNCTIONS = new Map([['matches', 'pattern'], ['replace', 'pattern'], ['split', 'delimiter']]);

let steps = Number.POSITIVE_INFINITY;
let deadline = Number.POSITIVE_INFINITY;

// The one hook the interpreter offers: iteration over a range calls FeelRange#map with a callback per element.
type RangeMap = (this: FeelRange, fn: (value: unknown) => unknown) => unknown[];
const rangeMap = FeelRange.prototype.map as RangeMap;
FeelRange.prototype.map = function boundedMap(this: FeelRange, fn: (value: unknown) => unknown): unknown[] {
  return rangeMap.call(this, (value: unknown) => {
    steps -= 1;
    if (steps < 0) throw new FeelLimitError(`区间遍历超过 ${FEEL_LIMITS.maxRangeSteps} 步`);
    if (Date.now() > deadline) throw new FeelLimitError(`求值超过 ${FEEL_LIMITS.timeBudgetMs} 毫秒`);
    return fn(value);
  });
} as typeof FeelRange.prototype.map;

/** Runs `evaluate` with a fresh step and time budget (evaluations are synchronous, so one budget at a time). */
export function withFeelBudget<T>(evaluate: () => T): T {
  const outer = { steps, deadline };
  steps = FEEL_LIMITS.maxRangeSteps;
  deadline = Date.now() + FEEL_LIMITS.timeBudgetMs;
  try {
    return evaluate();
  } finally {
    ({ steps, deadline } = outer);
  }
}

/** The text of a FEEL string literal ("a\"b" → a"b), or undefined when it is not one JSON can read. */
function stringLiteral(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What bounds an expression needs: a refusal of its shape (zh-CN), whether it iterates, whether it runs a regular expression. */
export interface FeelShape {
  problem?: string;
  iterates: boolean;
  usesRegex: boolean;
}

const SHAPES = new Map<string, FeelShape>();
const SHAPE_CACHE_SIZE = 500;

/** The shape of an expression (cached: forms evaluate the same few expressions on every change); a syntax error is left to the evaluator. */
export function feelShape(expression: string): FeelShape {
  const cached = SHAPES.get(expression);
  if (cached) return cached;
  const shape = analyzeShape(expression);
  if (SHAPES.size >= SHAPE_CACHE_SIZE) SHAPES.clear();
  SHAPES.set(expression, shape);
  return shape;
}

function analyzeShape(expression: string): FeelShape {
  if (expression.length > FEEL_LIMITS.maxLength) return { problem: `表达式超过 ${FEEL_LIMITS.maxLength} 个字符`, iterates: false, usesRegex: false };
  let tree: ReturnType<typeof parseExpression>;
  try {
    tree = parseExpression(expression, {}, undefined);
  } catch {
    return { iterates: false, usesRegex: false };
  }
  let problem: string | undefined;
  let iterations = 0;
  let depth = 0;
  let usesRegex = false;
  tree.iterate({
    enter: (node) => {
      if (problem) return false;
      if (node.name === 'ForExpression' || node.name === 'QuantifiedExpression') {
        iterations += 1;
        depth += 1;
        if (depth > 1) problem = 'for/some/every 不能嵌套';
        else if (iterations > FEEL_LIMITS.maxIterations) problem = `for/some/every 最多 ${FEEL_LIMITS.maxIterations} 个`;
      } else if (node.name === 'InExpressions' && node.node.getChildren('InExpression', null, null).length > 1) {
        problem = 'for/some/every 一次只能遍历一个列表或区间';
      } else if (node.name === 'FunctionInvocation') {
        const call = regexCall(expression, node.node);
        if (call) {
          usesRegex = true;
          problem = call.problem;
        }
      }
      return undefined;
    },
    leave: (node) => {
      if (node.name === 'ForExpression' || node.name === 'QuantifiedExpression') depth -= 1;
    },
  });
  return { ...(problem ? { problem } : {}), iterates: iterations > 0, usesRegex };
}

type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** A call of matches/replace/split (undefined for other calls): its pattern must be a string literal that cannot backtrack catastrophically. */
function regexCall(expression: string, call: SyntaxNode): { problem?: string } | undefined {
  const callee = call.firstChild;
  const name = callee ? expression.slice(callee.from, callee.to) : '';
  const parameterName = REGEX_FUNCTIONS.get(name);
  if (!parameterName) return undefined;
  const positional = call.getChild('PositionalParameters');
  const named = call.getChild('NamedParameters');
  let argument: SyntaxNode | null | undefined;
  if (positional) {
    let child = positional.firstChild;
    for (let i = 0; child && i < 1; i += 1) child = child.nextSibling;
    argument = child;
  } else if (named) {
    const parameter = named.getChildren('NamedParameter', null, null).find((p) => {
      const label = p.getChild('ParameterName');
      return label && expression.slice(label.from, label.to).trim() === parameterName;
    });
    argument = parameter?.lastChild;
  }
  const pattern = argument?.name === 'StringLiteral' ? stringLiteral(expression.slice(argument.from, argument.to)) : undefined;
  if (pattern === undefined) return { problem: `${name} 的正则表达式必须是字符串常量` };
  const unsafe = fieldPatternProblem(pattern);
  return unsafe ? { problem: `${name}: ${unsafe}` } : {};
}

/** Why the answers are too large for an expression of this shape (zh-CN), or undefined. */
export function feelInputProblem(shape: FeelShape, answers: Readonly<Record<string, unknown>>): string | undefined {
  if (!shape.iterates && !shape.usesRegex) return undefined;
  for (const [key, value] of Object.entries(answers)) {
    if (shape.iterates && Array.isArray(value) && value.length > FEEL_LIMITS.maxAnswerList) return `${key}: 列表超过 ${FEEL_LIMITS.maxAnswerList} 项，不能遍历`;
    if (shape.usesRegex && typeof value === 'string' && value.length > FEEL_LIMITS.maxAnswerText) {
      return `${key}: 文本超过 ${FEEL_LIMITS.maxAnswerText} 个字符，不能用正则表达式匹配`;
    }
  }
  return undefined;
}
