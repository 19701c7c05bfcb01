import { checkSituationAnswers, formatIssuePath, situationSchema, type Situation } from '@yilian/shared';
import { z } from 'zod';
import { DomainError, invalidInput } from '../errors';

/** Situations sent with a preview (the recipe being composed), validated with their JSON paths. */
export function parseSituations(input: readonly unknown[]): Situation[] {
  const parsed = z.array(situationSchema).safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ path: formatIssuePath(['situations', ...issue.path]), message: issue.message }));
  const first = details[0]!;
  throw invalidInput(`${first.path}: ${first.message}`, first.path, details);
}

/** Refuses answers that no situation asks or whose value has the wrong type (400 naming `answers.<key>`). */
export function assertSituationAnswers(situations: readonly Situation[], answers: Readonly<Record<string, unknown>>): void {
  const problems = checkSituationAnswers(situations, answers);
  const first = problems[0];
  if (first === undefined) return;
  const details = problems.map(({ path, message }) => ({ path, message }));
  throw new DomainError('invalid', 'invalid_answer', first.message, { path: first.path, details, params: { reason: first.code, ...first.params } });
}
