/** Commands on the chain's situations (情形): add, edit, remove. */
import type { Situation } from '@yilian/shared';
import type { Command } from '../../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../chain-document';

/** The editable parts of a situation; `options: undefined` removes the options. */
export type SituationPatch = Partial<Pick<Situation, 'key' | 'question' | 'type' | 'options'>>;

/** Appends a situation. */
export function addSituation(situation: Situation): Command<ChainDocument> {
  return {
    kind: 'situation.add',
    execute({ recipe }) {
      recipe.situations.push(cloneJson(situation));
    },
    revert({ recipe }) {
      recipe.situations.pop();
    },
  };
}

/** Changes some properties of the situation at `index`; a patch equal to the current values changes nothing. */
export function updateSituation(index: number, patch: SituationPatch): Command<ChainDocument> {
  let before: Situation | undefined;
  return {
    kind: 'situation.update',
    execute({ recipe }) {
      const situation = recipe.situations[index];
      if (!situation) return false;
      const same = Object.entries(patch).every(([key, value]) => JSON.stringify(situation[key]) === JSON.stringify(value));
      if (same) return false;
      before = cloneJson(situation);
      const next: Situation = { ...situation };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) delete next[key];
        else next[key] = cloneJson(value);
      }
      recipe.situations.splice(index, 1, next);
      return true;
    },
    revert({ recipe }) {
      if (before) recipe.situations.splice(index, 1, cloneJson(before));
    },
  };
}

/** Removes the situation at `index` (conditions that use it then show an unknown variable). */
export function removeSituation(index: number): Command<ChainDocument> {
  let removed: Situation | undefined;
  return {
    kind: 'situation.remove',
    execute({ recipe }) {
      removed = recipe.situations[index];
      if (!removed) return false;
      recipe.situations.splice(index, 1);
      return true;
    },
    revert({ recipe }) {
      if (removed) recipe.situations.splice(index, 0, removed);
    },
  };
}
