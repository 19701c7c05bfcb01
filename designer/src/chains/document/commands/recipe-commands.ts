/** Commands on the chain's own properties: code, name, subject. */
import type { Command } from '../../../kernel/command-stack';
import type { ChainDocument, ChainSubject } from '../chain-document';

/** The editable properties of the recipe itself. */
export interface RecipeProperties {
  code: string;
  name: string;
  subject: ChainSubject;
}

/** Sets one property; setting the current value changes nothing. */
export function setRecipeProperty<K extends keyof RecipeProperties>(property: K, value: RecipeProperties[K]): Command<ChainDocument> {
  let previous: RecipeProperties[K] | undefined;
  return {
    kind: `recipe.${property}`,
    execute({ recipe }) {
      previous = recipe[property] as RecipeProperties[K];
      if (previous === value) return false;
      (recipe as RecipeProperties)[property] = value;
      return true;
    },
    revert({ recipe }) {
      (recipe as RecipeProperties)[property] = previous as RecipeProperties[K];
    },
  };
}
