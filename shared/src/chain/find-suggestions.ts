/** Merge suggestions: different keys that carry the same normalised label (catalog-format.md). */
import type { Matter } from '../catalog';
import { collectVariants } from './field-variants';
import { normaliseLabel } from './normalise-label';
import type { MergeSuggestion } from './types';

interface KeyInfo {
  key: string;
  matters: Set<string>;
  /** Distinct label variants in chain order, with their normalised form. */
  labels: { label: string; normalised: string }[];
}

function keyInfos(matters: readonly Matter[]): KeyInfo[] {
  return [...collectVariants(matters)].map(([key, variants]) => {
    const labels = [...new Set(variants.map((variant) => variant.field.label))];
    return {
      key,
      matters: new Set(variants.map((variant) => variant.matterCode)),
      labels: labels.map((label) => ({ label, normalised: normaliseLabel(label) })),
    };
  });
}

/** The first pair of label variants (a's in chain order, then b's) with equal normalised forms. */
function matchingLabels(a: KeyInfo, b: KeyInfo): [string, string] | undefined {
  for (const left of a.labels) {
    if (left.normalised === '') continue;
    const right = b.labels.find((candidate) => candidate.normalised === left.normalised);
    if (right) return [left.label, right.label];
  }
  return undefined;
}

/**
 * Pairs of different keys never asked together by one matter where some label variant of one
 * normalises to some label variant of the other; top-level fields only, empty normal forms never
 * match. Pairs and keys are in chain order of first appearance.
 */
export function findSuggestions(matters: readonly Matter[]): Omit<MergeSuggestion, 'status'>[] {
  const infos = keyInfos(matters);
  const byNormalised = new Map<string, number[]>();
  infos.forEach((info, index) => {
    for (const { normalised } of info.labels) {
      if (normalised === '') continue;
      const indexes = byNormalised.get(normalised) ?? [];
      if (indexes.at(-1) !== index) indexes.push(index);
      byNormalised.set(normalised, indexes);
    }
  });
  const suggestions: Omit<MergeSuggestion, 'status'>[] = [];
  infos.forEach((a, aIndex) => {
    const partners = new Set<number>();
    for (const { normalised } of a.labels) {
      for (const bIndex of byNormalised.get(normalised) ?? []) if (bIndex > aIndex) partners.add(bIndex);
    }
    for (const bIndex of [...partners].sort((x, y) => x - y)) {
      const b = infos[bIndex];
      if (!b || [...a.matters].some((code) => b.matters.has(code))) continue;
      const labels = matchingLabels(a, b);
      if (labels) suggestions.push({ keys: [a.key, b.key], labels });
    }
  });
  return suggestions;
}
