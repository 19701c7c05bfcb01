/** Accepted merge suggestions applied to the generated form (never to the 四减 figures). */
import type { MergedField, SuggestionDecision } from './types';

/** The form's fields after merging accepted pairs, and where each absorbed key went. */
export interface SuggestionsApplied {
  fields: MergedField[];
  /** Absorbed key → the key that now carries its answer. */
  aliases: Record<string, string>;
}

/**
 * Merges every accepted pair into one field; the key that comes first in the merged field list
 * wins (chains of pairs collapse onto their earliest key) and keeps its label and definition;
 * sources are united in `matterCodes` order and `required` holds if either was required.
 */
export function applySuggestions(
  fields: readonly MergedField[],
  decisions: readonly SuggestionDecision[],
  matterCodes: readonly string[],
): SuggestionsApplied {
  const position = new Map(fields.map((field, index) => [field.key, index]));
  const parent = fields.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] ?? current;
    return current;
  };
  for (const { keys, accepted } of decisions) {
    const a = position.get(keys[0]);
    const b = position.get(keys[1]);
    if (!accepted || a === undefined || b === undefined) continue;
    const [rootA, rootB] = [root(a), root(b)];
    parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
  const chainOrder = new Map(matterCodes.map((code, index) => [code, index]));
  const merged = new Map<number, MergedField>();
  const aliases = Object.create(null) as Record<string, string>;
  fields.forEach((field, index) => {
    const winner = merged.get(root(index));
    if (!winner) {
      merged.set(index, { ...field, sources: [...field.sources] });
      return;
    }
    aliases[field.key] = winner.key;
    winner.required ||= field.required;
    winner.definition = { ...winner.definition, required: winner.required };
    const sources = new Set([...winner.sources, ...field.sources]);
    winner.sources = [...sources].sort((x, y) => (chainOrder.get(x) ?? 0) - (chainOrder.get(y) ?? 0));
  });
  return { fields: [...merged.values()], aliases };
}
