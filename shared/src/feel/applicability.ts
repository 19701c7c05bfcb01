import { evaluateFeel, type FeelProblem } from './feel';

export interface Applicability {
  /** Matter codes that apply, in chain order. */
  applicable: string[];
  /** Matter codes whose condition evaluated to false for the answers. */
  excluded: string[];
  /** Matter codes kept because their condition could not be decided (missing answer, invalid expression). */
  undetermined: string[];
  /** Syntax and runtime problems (unknown variables are missing answers, not problems, at this stage). */
  problems: FeelProblem[];
}

/**
 * Which matters of a chain apply. Without answers every matter applies (the design view). With
 * answers a matter is dropped only when its FEEL condition is exactly false: a condition over a
 * missing answer keeps the matter.
 */
export function resolveApplicability(
  matterCodes: readonly string[],
  conditions: Readonly<Record<string, string>> | undefined,
  answers?: Readonly<Record<string, unknown>>,
): Applicability {
  const out: Applicability = { applicable: [], excluded: [], undetermined: [], problems: [] };
  for (const code of matterCodes) {
    const expression = conditions?.[code];
    if (expression === undefined || answers === undefined) {
      out.applicable.push(code);
      continue;
    }
    const result = evaluateFeel(expression, answers, `applicability:${code}`);
    if (result.ok && result.value === false) {
      out.excluded.push(code);
      continue;
    }
    out.applicable.push(code);
    if (!result.ok || typeof result.value !== 'boolean') out.undetermined.push(code);
    if (!result.ok) out.problems.push(...result.problems.filter((p) => p.kind !== 'unknown-variable'));
  }
  return out;
}
