/** Commands on the chain's matter list: add, remove (with the references to it), move. */
import type { Command } from '../../../kernel/command-stack';
import { cloneJson, type ChainDocument } from '../chain-document';

type DependsOn = Record<string, string[]>;

/** Adds a matter at `index` (default: the end); a matter already in the chain changes nothing. */
export function addMatter(code: string, index?: number): Command<ChainDocument> {
  return {
    kind: 'matter.add',
    execute({ recipe }) {
      if (recipe.matters.includes(code)) return false;
      recipe.matters.splice(index ?? recipe.matters.length, 0, code);
      return true;
    },
    revert({ recipe }) {
      recipe.matters.splice(recipe.matters.indexOf(code), 1);
    },
  };
}

/**
 * Removes a matter and what refers to it (its applicability condition, chain ordering entries): the
 * server refuses references to matters outside the chain. Conflict decisions naming it stay; the
 * merge ignores them while the matter is absent and they apply again if it comes back.
 */
export function removeMatter(code: string): Command<ChainDocument> {
  let index = -1;
  let condition: string | undefined;
  let dependsOn: DependsOn | undefined;
  return {
    kind: 'matter.remove',
    execute({ recipe }) {
      index = recipe.matters.indexOf(code);
      if (index < 0) return false;
      recipe.matters.splice(index, 1);
      condition = recipe.applicability?.[code];
      if (recipe.applicability && condition !== undefined) delete recipe.applicability[code];
      dependsOn = recipe.dependsOn ? cloneJson(recipe.dependsOn) : undefined;
      if (recipe.dependsOn) {
        delete recipe.dependsOn[code];
        for (const [matter, prerequisites] of Object.entries(recipe.dependsOn)) {
          recipe.dependsOn[matter] = prerequisites.filter((prerequisite) => prerequisite !== code);
        }
      }
      return true;
    },
    revert({ recipe }) {
      recipe.matters.splice(index, 0, code);
      if (condition !== undefined) recipe.applicability = { ...recipe.applicability, [code]: condition };
      if (dependsOn !== undefined) recipe.dependsOn = cloneJson(dependsOn);
    },
  };
}

/** Moves a matter to position `to` (chain order decides labels, first-seen definitions and ties). */
export function moveMatter(code: string, to: number): Command<ChainDocument> {
  let from = -1;
  return {
    kind: 'matter.move',
    execute({ recipe }) {
      from = recipe.matters.indexOf(code);
      const target = Math.max(0, Math.min(to, recipe.matters.length - 1));
      if (from < 0 || from === target) return false;
      recipe.matters.splice(from, 1);
      recipe.matters.splice(target, 0, code);
      return true;
    },
    revert({ recipe }) {
      recipe.matters.splice(recipe.matters.indexOf(code), 1);
      recipe.matters.splice(from, 0, code);
    },
  };
}
