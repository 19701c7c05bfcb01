/** What the accepted merge suggestions do to the generated form, for the composer to show as soon as one is accepted. */
import { applySuggestions } from './apply-suggestions';
import type { ComposedChain } from './types';

/** The field an accepted pair became, and the form's field count before and after the accepted merges. */
export interface SuggestionsPreview {
  /** Top-level fields of the merged chain form before any accepted suggestion. */
  fieldsBefore: number;
  /** Top-level fields of the generated form once every accepted pair is one field. */
  fieldsAfter: number;
  /** By pair id (`keyA-keyB`, as the composer names a suggestion): the key and label of the one field it became. */
  mergedInto: Record<string, { key: string; label: string }>;
}

/** The pair id the composer uses for a suggestion. */
export const suggestionId = (keys: readonly [string, string]): string => `${keys[0]}-${keys[1]}`;

/** Applies the accepted suggestions of a composition (as the generated form will) and reports the outcome. */
export function previewSuggestions(composed: Pick<ComposedChain, 'fields' | 'suggestions' | 'matterCodes'>): SuggestionsPreview {
  const accepted = composed.suggestions.filter((s) => s.status === 'accepted');
  const { fields, aliases } = applySuggestions(composed.fields, accepted.map((s) => ({ keys: s.keys, accepted: true })), composed.matterCodes);
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const mergedInto: SuggestionsPreview['mergedInto'] = Object.create(null) as SuggestionsPreview['mergedInto'];
  for (const suggestion of accepted) {
    const key = aliases[suggestion.keys[0]] ?? suggestion.keys[0];
    const field = byKey.get(key);
    if (field) mergedInto[suggestionId(suggestion.keys)] = { key: field.key, label: field.label };
  }
  return { fieldsBefore: composed.fields.length, fieldsAfter: fields.length, mergedInto };
}
