/**
 * Loading the chain's form into the document. Loading is not an edit: the form (saved, or generated
 * by the server while none is saved) goes into the document outside the command stack, so opening
 * the tab neither marks anything dirty nor creates an undo step, and an unsaved generated form keeps
 * following the chain until the first real edit saves it. Reloading after a conflict is different: it
 * replaces the author's form, so it is one command (undo brings the author's version back).
 */
import { watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeError } from '@yilian/runtime/ui';
import type { FormSchema } from '@yilian/shared';
import { chainFormApi } from '../../api/chain-form';
import { useChainDocumentStore } from '../../chains/document/document-store';
import { replaceForm } from '../commands';
import { schemaToModel, type FormModel } from '../model/form-model';
import { containerIds } from '../model/form-rows';
import { schemaText, useFormDesignerStore } from './form-designer-store';
import type { FormDesignerContext } from './form-context';

/** A form with more fields than this opens with only its first container expanded. */
export const COLLAPSE_ABOVE_FIELDS = 150;

function fieldCount(model: FormModel): number {
  let n = 0;
  const walk = (items: FormModel['items']) => items.forEach((i) => (i.props.type === 'void' ? walk(i.children) : (n += 1)));
  walk(model.items);
  return n;
}

export function useFormLoader(edit: FormDesignerContext['edit']) {
  const { t } = useI18n();
  const doc = useChainDocumentStore();
  const store = useFormDesignerStore();

  async function fetchForm(chainId: string) {
    const answer = await chainFormApi.get(chainId);
    const model = schemaToModel(answer.schema as FormSchema);
    return { answer, model, text: schemaText(model) };
  }

  /** Loads the form of the open chain unless the document already holds it. */
  async function load(): Promise<void> {
    const id = doc.chainId;
    if (id === null) return store.reset();
    if (store.chainId === id && doc.document.form) return;
    store.reset();
    store.loading = true;
    try {
      const { answer, model, text } = await fetchForm(id);
      if (doc.chainId !== id) return; // another chain opened meanwhile
      // Loading, not editing: the document takes the form without a command (see above).
      doc.document.form = model;
      store.loaded(id, text, answer.revision, answer.generated);
      store.serverProblems = [];
      const ids = containerIds(model);
      if (fieldCount(model) > COLLAPSE_ABOVE_FIELDS) store.collapsed = new Set(ids.slice(1));
    } catch (err) {
      store.loadError = describeError(err, t);
    } finally {
      store.loading = false;
    }
  }

  /** After a 409: takes the server's form as one command (the author's version stays one undo away). */
  async function reload(): Promise<void> {
    const id = store.chainId;
    if (id === null) return;
    store.loading = true;
    try {
      const { answer, model, text } = await fetchForm(id);
      edit(replaceForm(model), null);
      store.loaded(id, text, answer.revision, answer.generated);
    } catch (err) {
      store.saveError = describeError(err, t);
    } finally {
      store.loading = false;
    }
  }

  watch(() => doc.chainId, () => void load(), { immediate: true });
  return { load, reload };
}
