/** The chain composed live in the browser from the document and the cached matters. */
import { computed } from 'vue';
import { composeChain, type ComposedChain, type Matter } from '@yilian/shared';
import { useChainDocumentStore } from '../document/document-store';
import { useMatterCacheStore } from './matter-cache-store';

/** The composition of the open document (the design view: every matter applies); null while matters load. */
export function useLiveComposition() {
  const document = useChainDocumentStore();
  const cache = useMatterCacheStore();
  return computed<ComposedChain | null>(() => {
    const { recipe, decisions } = document;
    const matters = recipe.matters.map((code) => cache.matters[code]);
    if (matters.some((matter) => matter === undefined)) return null;
    return composeChain({
      matters: matters as Matter[],
      dataElements: cache.dataElements,
      ...(recipe.dependsOn ? { chainDependsOn: recipe.dependsOn } : {}),
      decisions,
    });
  });
}
