/** The composer's UI state, apart from the document: selected tab, save state, dirty flag, server error. */
import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { isApiError } from '@yilian/runtime/ui';
import { useChainDocumentStore } from '../document/document-store';
import { FIRST_TAB } from './composer-tabs';

/** A failed save as the server reported it: its message, the JSON path it names, and every problem found. */
export interface SaveError {
  message: string;
  path: string | null;
  problems: ReadonlyArray<{ path: string; message: string }>;
}

export const useComposerUiStore = defineStore('chainComposerUi', () => {
  const document = useChainDocumentStore();
  const activeTab = ref<string>(FIRST_TAB);
  const saving = ref(false);
  /** The document position last saved (or loaded). */
  const savedPosition = ref(0);
  /** The recipe and decisions as last saved (or loaded), as JSON. */
  const savedBody = ref('');
  const saveError = ref<SaveError | null>(null);

  const currentBody = (): string => JSON.stringify({ recipe: document.recipe, decisions: document.decisions });

  /**
   * Unsaved edits of the chain itself: a new chain, or a recipe/decisions other than the saved ones.
   * Form and process edits share the undo stack but save on their own (autosave), so they do not count.
   */
  const dirty = computed(() => {
    void document.position;
    return document.chainId === null || currentBody() !== savedBody.value;
  });

  function markClean(): void {
    savedPosition.value = document.position;
    savedBody.value = currentBody();
    saveError.value = null;
  }

  function setSaveError(err: unknown, message: string): void {
    const path = isApiError(err) && err.path ? err.path : null;
    const details = isApiError(err) ? err.details : [];
    saveError.value = { message, path, problems: details.length > 0 ? details : path ? [{ path, message }] : [] };
  }

  /** The server's message when its path is `prefix` or lies under it (e.g. `recipe.applicability.X`). */
  function errorAt(prefix: string): string {
    const under = (path: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
    return saveError.value?.problems.find((p) => under(p.path))?.message ?? '';
  }

  function reset(): void {
    activeTab.value = FIRST_TAB;
    saving.value = false;
    saveError.value = null;
    savedPosition.value = document.position;
    savedBody.value = currentBody();
  }

  return { activeTab, saving, savedPosition, saveError, dirty, markClean, setSaveError, errorAt, reset };
});
