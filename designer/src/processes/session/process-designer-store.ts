/**
 * The process designer's state as plain data (never the modeler or moddle objects: they live in the tab,
 * outside Vue's reactivity). Persistence state (revision, dirty, saving, conflict) and what the panels
 * show (lint rows, selection, undo availability) are snapshots the tab copies in on modeler events.
 */
import { ref } from 'vue';
import { defineStore } from 'pinia';
import type { DiagramChoice, ParseWarning } from '@yilian/shared';
import type { LintRow } from '../lint/lint-rows';

export type ProcessSaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export const useProcessDesignerStore = defineStore('processDesigner', () => {
  /** The chain whose process is open (null: none). */
  const chainId = ref<string | null>(null);
  const loading = ref(false);
  const loadError = ref('');
  /** The revision a save is based on (0: never saved). */
  const revision = ref(0);
  /** The drawing is the one the server generated and nobody saved yet. */
  const generated = ref(false);
  const dirty = ref(false);
  const saving = ref(false);
  /** Someone saved since this drawing was loaded (409): saving stops until a reload. */
  const conflict = ref(false);
  const saveError = ref('');
  const saveErrorDetails = ref<string[]>([]);
  /** Live lint of the drawing (bpmn-js-bpmnlint). */
  const liveLint = ref<LintRow[]>([]);
  /** The API's lint of the last loaded or saved version. */
  const serverLint = ref<LintRow[]>([]);
  /** The selected element's id ('' = none: the process). */
  const selectedId = ref('');
  /** Bumped on every model change the panel must re-read. */
  const version = ref(0);
  const canUndo = ref(false);
  const canRedo = ref(false);
  const minimapOpen = ref(false);
  /** The last import's warnings and the file's name. */
  const importNotice = ref<{ fileName: string; warnings: ParseWarning[] } | null>(null);
  const importError = ref('');
  /** A file with several diagrams waits for the author's choice. */
  const diagramChoice = ref<{ fileName: string; xml: string; diagrams: DiagramChoice[]; warnings: ParseWarning[] } | null>(null);

  function reset(id: string | null): void {
    chainId.value = id;
    loadError.value = '';
    revision.value = 0;
    generated.value = false;
    dirty.value = false;
    saving.value = false;
    conflict.value = false;
    saveError.value = '';
    saveErrorDetails.value = [];
    liveLint.value = [];
    serverLint.value = [];
    selectedId.value = '';
    importNotice.value = null;
    importError.value = '';
    diagramChoice.value = null;
  }

  /** The save state the toolbar shows (the dirty marker). */
  function saveState(): ProcessSaveState {
    if (conflict.value) return 'conflict';
    if (saving.value) return 'saving';
    if (saveError.value) return 'error';
    return dirty.value ? 'dirty' : 'saved';
  }

  return {
    chainId, loading, loadError, revision, generated, dirty, saving, conflict, saveError, saveErrorDetails,
    liveLint, serverLint, selectedId, version, canUndo, canRedo, minimapOpen, importNotice, importError, diagramChoice,
    reset, saveState,
  };
});
