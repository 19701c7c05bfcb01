/** The FEEL condition under which a matter applies (absent = always). */
import type { Command } from '../../../kernel/command-stack';
import type { ChainDocument } from '../chain-document';

/** Sets a matter's applicability condition; a blank expression removes it (the matter always applies). */
export function setApplicability(matterCode: string, expression: string): Command<ChainDocument> {
  const next = expression.trim();
  let previous: string | undefined;
  let hadMap = false;
  return {
    kind: 'applicability.set',
    execute({ recipe }) {
      hadMap = recipe.applicability !== undefined;
      previous = recipe.applicability?.[matterCode];
      if ((previous ?? '') === next) return false;
      const map = { ...recipe.applicability };
      if (next === '') delete map[matterCode];
      else map[matterCode] = next;
      recipe.applicability = map;
      return true;
    },
    revert({ recipe }) {
      const map = { ...recipe.applicability };
      if (previous === undefined) delete map[matterCode];
      else map[matterCode] = previous;
      if (hadMap || Object.keys(map).length > 0) recipe.applicability = map;
      else delete recipe.applicability;
    },
  };
}
