/** The demo chains composed for form tests (tests only). */
import { companyCatalog as company, newbornCatalog as newborn, restaurantCatalog as restaurant } from '../testing';
import { parseCatalog, type ChainRecipe } from '../catalog';
import { composeChain, type ComposedChain } from '../chain';

export interface DemoChain {
  recipe: ChainRecipe;
  composed: ComposedChain;
  names: Record<string, string>;
}

/** One demo catalog's chain, composed in the design view (every matter applies). */
export function demoChain(name: 'restaurant' | 'newborn' | 'company'): DemoChain {
  const json = { restaurant, newborn, company }[name];
  const result = parseCatalog(json);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const { matters, dataElements, chains } = result.value;
  const recipe = chains![0]!;
  const ordered = recipe.matters.map((code) => matters.find((m) => m.code === code)!);
  const composed = composeChain({ matters: ordered, dataElements, ...(recipe.dependsOn ? { chainDependsOn: recipe.dependsOn } : {}) });
  return { recipe, composed, names: Object.fromEntries(ordered.map((m) => [m.code, m.name])) };
}
