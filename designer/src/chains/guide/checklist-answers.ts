/** Turning the 一次告知 inputs into situation answers, by situation type. */
import type { FieldType, Situation } from '@yilian/shared';

/** What an answer input holds while typing: text, a yes/no, or chosen options. */
export type AnswerDraft = string | boolean | string[] | null;

const NUMERIC: readonly FieldType[] = ['number', 'integer', 'area', 'money'];

/** How a situation is answered in the form. */
export function inputKind(situation: Situation): 'boolean' | 'number' | 'select' | 'multiselect' | 'date' | 'text' {
  if (situation.type === 'boolean') return 'boolean';
  if (NUMERIC.includes(situation.type)) return 'number';
  if (situation.type === 'select' || situation.type === 'multiselect' || situation.type === 'date') return situation.type;
  return 'text';
}

/** An empty draft for each situation. */
export function emptyDrafts(situations: readonly Situation[]): Record<string, AnswerDraft> {
  return Object.fromEntries(situations.map((s) => [s.key, inputKind(s) === 'multiselect' ? [] : inputKind(s) === 'boolean' ? null : '']));
}

/**
 * The answers to send: unanswered situations are left out (their matters stay, undetermined); a
 * number that does not parse is reported by key.
 */
export function toAnswers(situations: readonly Situation[], drafts: Readonly<Record<string, AnswerDraft>>): { answers: Record<string, unknown>; invalid: string[] } {
  const answers: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const situation of situations) {
    const draft = drafts[situation.key];
    if (draft === null || draft === undefined || draft === '' || (Array.isArray(draft) && draft.length === 0)) continue;
    if (inputKind(situation) === 'number') {
      const value = Number(String(draft).trim());
      if (String(draft).trim() === '' || !Number.isFinite(value)) invalid.push(situation.key);
      else answers[situation.key] = value;
    } else {
      answers[situation.key] = draft;
    }
  }
  return { answers, invalid };
}
