/**
 * The form designer's UI state, apart from the document (which holds the form model under the chain's
 * one command stack): which chain's form is loaded, its server revision, the last saved schema text
 * (the dirty flag), the save state, the selection, collapsed containers and preview settings.
 * Nothing heavy lives here: the schema text is one string, the rest are small values.
 */
import { computed, ref, shallowRef, toRaw } from 'vue';
import { defineStore } from 'pinia';
import type { FormProblem, FormSchema } from '@yilian/shared';
import { useChainDocumentStore } from '../../chains/document/document-store';
import { modelToSchema, type FormModel } from '../model/form-model';
import type { DragSource } from '../canvas/drop-rules';

/** Where the form stands with the server. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'invalid' | 'conflict';

/** The schema text of a model, as it is PUT (and compared for the dirty flag). */
export const schemaText = (model: FormModel): string => JSON.stringify(modelToSchema(model));

export const useFormDesignerStore = defineStore('formDesigner', () => {
  const doc = useChainDocumentStore();
  /** The chain whose form is in the document (null: none loaded yet). */
  const chainId = ref<string | null>(null);
  const loading = ref(false);
  const loadError = ref('');
  /** Bumped when a form is put into the document outside the stack (loading). */
  const loads = ref(0);
  const revision = ref(0);
  /** True while the server still generates the form (never saved). */
  const generated = ref(false);
  const savedText = ref<string | null>(null);
  const saveState = ref<SaveState>('saved');
  const saveError = ref('');
  /** Problems the server reported at the last save attempt (400) or load. */
  const serverProblems = shallowRef<ReadonlyArray<Pick<FormProblem, 'path' | 'message'>>>([]);
  const selected = shallowRef<string[] | null>(null);
  const collapsed = shallowRef<ReadonlySet<string>>(new Set());
  const shown = shallowRef<ReadonlyMap<string, number>>(new Map());
  /** What is being dragged (from the palette or the canvas), while a drag is on. */
  const dragging = shallowRef<DragSource | null>(null);
  const previewOpen = ref(false);
  const previewWidth = ref<'desktop' | 'mobile'>('desktop');

  /** Identifies the form's state: changes on every command, undo, redo and load (never deep-watched). */
  const version = computed(() => `${doc.position}:${loads.value}`);
  /**
   * The form model as plain (unproxied) data. Not reactive by itself: a computed reads `version` first,
   * then this, and recomputes on every change of the form, without deep-watching it.
   */
  const model = (): FormModel | null => toRaw(doc.document).form ?? null;
  /** The current schema (a new object per version: the status, the preview and the text read it). */
  const schema = computed<FormSchema | null>(() => {
    void version.value;
    const form = model();
    return form ? modelToSchema(form) : null;
  });
  /** The current schema text; compared with the saved one for the dirty flag, and PUT by autosave. */
  const currentText = computed(() => (schema.value ? JSON.stringify(schema.value) : null));
  const hasForm = computed(() => {
    void version.value;
    return model() !== null;
  });
  const dirty = computed(() => savedText.value !== null && currentText.value !== savedText.value);

  /** Records a form loaded from (or saved to) the server. */
  function loaded(id: string, text: string, rev: number, isGenerated: boolean): void {
    chainId.value = id;
    savedText.value = text;
    revision.value = rev;
    generated.value = isGenerated;
    saveState.value = 'saved';
    saveError.value = '';
    loads.value += 1;
  }

  function select(path: readonly string[] | null): void {
    selected.value = path ? [...path] : null;
  }

  function toggle(id: string, open?: boolean): void {
    const next = new Set(collapsed.value);
    if (open ?? next.has(id)) next.delete(id);
    else next.add(id);
    collapsed.value = next;
  }

  function showMore(parentId: string, count: number): void {
    shown.value = new Map(shown.value).set(parentId, count);
  }

  function reset(): void {
    chainId.value = null;
    loading.value = false;
    loadError.value = '';
    savedText.value = null;
    revision.value = 0;
    generated.value = false;
    saveState.value = 'saved';
    saveError.value = '';
    serverProblems.value = [];
    selected.value = null;
    collapsed.value = new Set();
    shown.value = new Map();
    dragging.value = null;
  }

  return {
    chainId, loading, loadError, loads, revision, generated, savedText, saveState, saveError, serverProblems, selected, collapsed, shown, dragging,
    previewOpen, previewWidth, version, model, hasForm, schema, currentText, dirty, loaded, select, toggle, showMore, reset,
  };
});

export type FormDesignerStore = ReturnType<typeof useFormDesignerStore>;
