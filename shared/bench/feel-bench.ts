/**
 * Worst case of one bounded FEEL evaluation: hostile expressions and inputs (huge and endless ranges,
 * the largest allowed iteration, catastrophic and long-input patterns, the longest expression), each
 * evaluated several times; prints `BENCH feel_worst_ms <max over expressions of the median> ms`.
 */
import { evaluateFeel, FEEL_LIMITS } from '../src/index';

const list = Array.from({ length: FEEL_LIMITS.maxAnswerList }, (_, i) => i);
const text = 'a'.repeat(FEEL_LIMITS.maxAnswerText);
const steps = FEEL_LIMITS.maxRangeSteps;
const HOSTILE: [string, Record<string, unknown>][] = [
  ['count(for i in 1..n return i) > 0', { n: 1e12 }],
  ['some i in 1..n satisfies i < 0', { n: 1e12 }],
  ['every i in 1..n satisfies date("2025-01-01") + duration("P99999Y") != null', { n: 1e12 }],
  ['count(for i in 1..3.5 return i)', {}],
  [`(some i in 1..${steps} satisfies string length(string join(for x in l return "xxxxxxxx")) < 0)`, { l: list }],
  ['(some a in l satisfies a < 0) or (some b in l satisfies b < 0) or (some c in l satisfies c < 0)', { l: list }],
  ['matches(s, "(a+)+$")', { s: `${text}!` }],
  ['matches(s, "a*b")', { s: text }],
  ['replace(s, "a", "bb") = s', { s: text }],
  [`s = "${'x'.repeat(FEEL_LIMITS.maxLength - 10)}"`, { s: 'x' }],
  ['decimal(10 ** 300 / 3, 300) > 0', {}],
];

const RUNS = 7;
let worst = 0;
for (const [expression, answers] of HOSTILE) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    evaluateFeel(expression, answers, 'bench');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  worst = Math.max(worst, times[Math.floor(RUNS / 2)]!);
}
console.log(`BENCH feel_worst_ms ${worst.toFixed(3)} ms`);
