/**
 * Autosave of the form draft: a debounced PUT of the schema with the revision it is based on. A stale
 * revision (409) stops autosaving until the author reloads (nothing is ever overwritten silently); an
 * invalid schema (400) lists the server's problems and saves again on the next edit.
 */
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError, isApiError } from '@yilian/runtime/ui';
import { chainFormApi } from '../../api/chain-form';
import { useFormDesignerStore } from './form-designer-store';

/** Quiet time after the last edit before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export function useFormAutosave(canEdit: Ref<boolean>) {
  const { t } = useI18n();
  const store = useFormDesignerStore();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;

  const blocked = () => !canEdit.value || store.saveState === 'conflict' || store.chainId === null;

  function schedule(): void {
    clearTimeout(timer);
    timer = undefined;
    // Undone (or redone) back to the saved form before the quiet time was over: nothing is left to save.
    if (!store.dirty && store.saveState === 'pending') store.saveState = 'saved';
    if (!store.dirty || blocked()) return;
    if (store.saveState !== 'saving') store.saveState = 'pending';
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  async function send(id: string, text: string): Promise<void> {
    store.saveState = 'saving';
    try {
      const answer = await chainFormApi.save(id, { schema: JSON.parse(text) as { type: 'object' }, revision: store.revision });
      if (store.chainId !== id) return;
      store.savedText = text;
      store.revision = answer.revision;
      store.generated = false;
      store.serverProblems = [];
      store.saveError = '';
      store.saveState = 'saved';
    } catch (err) {
      if (isApiError(err) && err.status === 409 && err.code === 'stale_revision') store.saveState = 'conflict';
      else if (isApiError(err) && err.status === 400) {
        store.saveState = 'invalid';
        store.serverProblems = err.details.length > 0 ? err.details : [{ path: err.path ?? '', message: err.message }];
      } else store.saveState = 'error';
      store.saveError = describeError(err, t);
    }
  }

  /** Saves now (the debounce's end, the retry button, leaving the tab); waits for a save in flight first. */
  async function saveNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight) await inFlight;
    const [id, text] = [store.chainId, store.currentText];
    if (id === null || text === null || !store.dirty || blocked()) return;
    inFlight = send(id, text);
    await inFlight;
    inFlight = null;
    // Edits made while the request was on its way are saved after it.
    if (store.saveState === 'saved' && store.dirty) schedule();
  }

  /** Closing the browser tab with unsaved edits: try to save and let the browser ask. */
  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!store.dirty || blocked()) return;
    void saveNow();
    event.preventDefault();
  }

  watch(() => store.currentText, schedule);
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    if (timer !== undefined) void saveNow();
  });
  return { saveNow };
}
