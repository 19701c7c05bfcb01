/**
 * The process tab's behaviour: the bpmn-js modeler's life (created in onMounted, destroyed in
 * onBeforeUnmount, held in a shallowRef of a markRaw'd instance), loading and saving the chain's process
 * with its revision, undo/redo on bpmn-js's own command stack, lint snapshots, import/export and
 * regeneration. Vue only ever sees plain snapshots (the store) and a version counter.
 */
import { markRaw, onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { describeError, isApiError } from '@yilian/runtime/ui';
import { createBpmnModdle, generateProcess, type ModdleElement, type ParseWarning } from '@yilian/shared';
import { chainProcessApi } from '../../api/chain-process';
import { rowsFromApi, rowsFromModeler } from '../lint/lint-rows';
import { createProcessModeler, linterConfig, type ProcessModeler } from '../modeler/process-modeler';
import { createTranslate } from '../modeler/translate';
import { MULTI_COMMAND } from '../modeler/yilian-modeling';
import type { DiagramElement, PropertyCommand } from '../panel/panel-types';
import { diffProcesses, type ProcessDiff } from '../regenerate/process-diff';
import { readBpmnFile } from '../file/process-file';
import { processExports } from './process-export';
import { useProcessDesignerStore } from './process-designer-store';
import { isAt, markOf, type StackLike, type StackMark } from './stack-mark';

interface Services {
  canvas: {
    resized(): void;
    viewbox(box?: { x: number; y: number; width: number; height: number }): { inner: { x: number; y: number; width: number; height: number }; outer: { width: number; height: number } };
    zoom(level?: 'fit-viewport' | number, center?: 'auto'): number; getRootElement(): DiagramElement; scrollToElement(element: unknown): void };
  commandStack: StackLike & { undo(): void; redo(): void; canUndo(): boolean; canRedo(): boolean; execute(command: string, context: unknown): void };
  elementRegistry: { get(id: string): DiagramElement | undefined };
  selection: { select(element: unknown): void; get(): DiagramElement[] };
  modeling: { updateProperties(element: unknown, properties: Record<string, unknown>): void; updateModdleProperties(element: unknown, moddleElement: unknown, properties: Record<string, unknown>): void };
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): ModdleElement };
  linting: { setLinterConfig(config: unknown): void };
  minimap: { toggle(open?: boolean): void; isOpen(): boolean };
}

export interface ProcessModelerOptions {
  canvas: Ref<HTMLElement | null>;
  chainId: () => string | null;
  chainCode: () => string;
  editable: () => boolean;
  lintKeys: () => { knownKeys: readonly string[]; fieldKeys: readonly string[] };
  /** What the chain generates today (for regeneration): recipe, matters and department codes. */
  generateInput: () => Parameters<typeof generateProcess>[0] | null;
}

const isTextInput = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useProcessModeler(options: ProcessModelerOptions) {
  const { t, locale } = useI18n();
  const store = useProcessDesignerStore();
  const modeler = shallowRef<ProcessModeler | null>(null);
  let savedMark: StackMark = { index: -1, top: undefined };
  /** The XML of the drawing as last imported or saved, to fall back on when an import fails. */
  let lastGoodXml = '';
  /** A drawing was imported while the canvas had no size: fit it once it has one. */
  let fitPending = false;

  const service = <K extends keyof Services>(name: K): Services[K] => modeler.value!.get<Services[K]>(name);
  const editable = () => modeler.value !== null && options.editable();

  /** The modeler's command stack (the read-only viewer has none). */
  const commandStack = (): Services['commandStack'] | null => modeler.value?.get<Services['commandStack'] | null>('commandStack', false) ?? null;

  function refreshStack(): void {
    const stack = commandStack();
    store.canUndo = editable() && stack !== null && stack.canUndo();
    store.canRedo = editable() && stack !== null && stack.canRedo();
    store.dirty = stack !== null && !isAt(stack, savedMark);
  }

  function markClean(): void {
    const stack = commandStack();
    savedMark = stack ? markOf(stack) : { index: -1, top: undefined };
    refreshStack();
  }

  /** The chain's keys and the UI's language, for the linter. */
  const lintSetup = () => ({ ...options.lintKeys(), locale: locale.value === 'en' ? ('en' as const) : ('zh-CN' as const) });

  function create(): void {
    const container = options.canvas.value;
    if (!container) return;
    modeler.value?.destroy();
    const onMiss = (key: string) => console.warn(`[process designer] missing translation: ${key}`);
    const instance = createProcessModeler({
      container,
      editable: options.editable(),
      translate: createTranslate(locale.value === 'en' ? 'en' : 'zh-CN', onMiss),
      lint: lintSetup(),
    });
    instance.on('commandStack.changed', () => {
      store.saveError = '';
      refreshStack();
    });
    instance.on(['elements.changed', 'import.done'], () => {
      store.version += 1;
    });
    instance.on('selection.changed', (event) => {
      const selected = (event.newSelection as DiagramElement[] | undefined) ?? [];
      store.selectedId = selected.length === 1 ? selected[0]!.id : '';
      store.version += 1;
    });
    instance.on('linting.completed', (event) => {
      store.liveLint = rowsFromModeler(event.issues as Record<string, never[]>);
    });
    instance.on('minimap.toggle', (event) => {
      store.minimapOpen = event.open === true;
    });
    modeler.value = markRaw(instance);
  }

  /** Imports XML into the modeler; on failure the previous drawing comes back and the error is thrown. */
  async function importDrawing(xml: string, diagramId?: string): Promise<void> {
    const instance = modeler.value;
    if (!instance) return;
    try {
      await instance.importXML(xml, diagramId);
      lastGoodXml = xml;
    } catch (error) {
      if (lastGoodXml !== '' && lastGoodXml !== xml) await instance.importXML(lastGoodXml).catch(() => undefined);
      throw error;
    } finally {
      store.selectedId = '';
      store.version += 1;
    }
    zoomFit();
  }

  /** Loads the chain's process (the saved one, or the generated one: not dirty either way). */
  async function load(): Promise<void> {
    const id = options.chainId();
    store.reset(id);
    lastGoodXml = '';
    if (id === null || !modeler.value) return;
    store.loading = true;
    try {
      const answer = await chainProcessApi.get(id);
      if (options.chainId() !== id) return;
      await importDrawing(answer.xml);
      store.revision = answer.revision;
      store.generated = answer.generated;
      store.serverLint = rowsFromApi(answer.lint);
      markClean();
    } catch (err) {
      if (!isApiError(err)) console.error(err);
      store.loadError = describeError(err, t);
    } finally {
      store.loading = false;
    }
  }

  /** Saves the drawing as the modeler exports it, based on the loaded revision; a 409 never overwrites. */
  async function save(): Promise<void> {
    const id = store.chainId;
    if (!modeler.value || id === null || !editable() || store.saving || store.conflict) return;
    store.saving = true;
    store.saveError = '';
    store.saveErrorDetails = [];
    try {
      const { xml } = await modeler.value.saveXML({ format: true });
      const mark = markOf(commandStack()!);
      const answer = await chainProcessApi.save(id, { xml: xml ?? '', revision: store.revision });
      store.revision = answer.revision;
      store.generated = false;
      store.serverLint = rowsFromApi(answer.lint);
      lastGoodXml = xml ?? lastGoodXml;
      // edits made while the request was under way stay dirty
      savedMark = mark;
      refreshStack();
    } catch (err) {
      if (isApiError(err) && err.status === 409) store.conflict = true;
      else {
        store.saveError = describeError(err, t);
        store.saveErrorDetails = isApiError(err) ? err.details.map((d) => d.message) : [];
      }
    } finally {
      store.saving = false;
    }
  }

  function undo(): void {
    if (editable()) commandStack()?.undo();
  }

  function redo(): void {
    if (editable()) commandStack()?.redo();
  }

  /**
   * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y inside the tab belong to the drawing: the canvas handles them itself
   * (diagram-js keyboard), the tab's buttons and panels route them here, text inputs keep their own undo.
   * None reaches the composer's window-level undo keys, which would undo the chain document too.
   */
  function onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.stopPropagation();
    const inCanvas = event.target instanceof Node && options.canvas.value?.contains(event.target) === true;
    if (inCanvas || isTextInput(event.target)) return;
    event.preventDefault();
    if (key === 'z' && !event.shiftKey) undo();
    else redo();
  }

  /** Fits the drawing in the canvas (not while the canvas has no size: a hidden tab would zoom to NaN). */
  function zoomFit(): void {
    const container = options.canvas.value;
    if (!modeler.value) return;
    fitPending = !container || container.clientWidth === 0 || container.clientHeight === 0;
    if (fitPending) return;
    // diagram-js caches the viewport size: measure again (the tab may have been hidden or resized since)
    const canvas = service('canvas');
    canvas.resized();
    // fit-viewport, but clear of the palette on the left (never enlarged beyond 100 %)
    const { inner, outer } = canvas.viewbox();
    const palette = container!.querySelector<HTMLElement>('.djs-palette');
    const margin = 16;
    const left = (palette && palette.offsetWidth > 0 ? palette.offsetLeft + palette.offsetWidth : 0) + margin;
    const scale = Math.min(1, (outer.width - left - margin) / inner.width, (outer.height - 2 * margin) / inner.height);
    if (!(inner.width > 0 && inner.height > 0 && scale > 0 && Number.isFinite(scale))) {
      canvas.zoom('fit-viewport', 'auto');
      return;
    }
    const width = outer.width / scale;
    const height = outer.height / scale;
    const free = (outer.width - left - margin) / scale - inner.width;
    canvas.viewbox({ x: inner.x - left / scale - free / 2, y: inner.y - (height - inner.height) / 2, width, height });
  }

  function zoomBy(factor: number): void {
    if (!modeler.value) return;
    const canvas = service('canvas');
    canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * factor)));
  }

  function toggleMinimap(): void {
    if (modeler.value) service('minimap').toggle();
  }

  /** Selects an element (from the lint list) and scrolls it into view. */
  function select(elementId: string): void {
    if (!modeler.value) return;
    const element = service('elementRegistry').get(elementId);
    if (!element) return;
    service('selection').select(element);
    service('canvas').scrollToElement(element);
  }

  /** Runs the panel's commands: one through modeling, several as one undo step. */
  function apply(commands: PropertyCommand[]): void {
    if (!editable() || commands.length === 0) return;
    if (commands.length > 1) {
      service('commandStack').execute(MULTI_COMMAND, commands);
      return;
    }
    const [command] = commands;
    const modeling = service('modeling');
    if (command!.cmd === 'element.updateProperties') modeling.updateProperties(command!.context.element, command!.context.properties);
    else modeling.updateModdleProperties(command!.context.element, command!.context.moddleElement, command!.context.properties);
  }

  /** The element the panel shows: the selection, else the root (process or collaboration). */
  function panelElement(): DiagramElement | null {
    if (!modeler.value) return null;
    void store.version;
    const selected = store.selectedId ? service('elementRegistry').get(store.selectedId) : undefined;
    const element = selected ?? service('canvas').getRootElement();
    // before an import the canvas root is diagram-js's implicit root, which has no business object
    return element?.businessObject ? element : null;
  }

  /** Reads a BPMN file: refusals and warnings are shown; several diagrams wait for a choice. */
  async function importFile(file: File): Promise<void> {
    store.importError = '';
    store.importNotice = null;
    const read = await readBpmnFile(new Uint8Array(await file.arrayBuffer()), t('processes.import.noDiagram'));
    if (!read.ok) {
      store.importError = t('processes.import.refused', { name: file.name, reason: read.message });
      return;
    }
    if (read.diagrams.length > 1) {
      store.diagramChoice = { fileName: file.name, xml: read.xml, diagrams: read.diagrams, warnings: read.warnings };
      return;
    }
    await openImported(file.name, read.xml, read.diagrams[0]?.id, read.warnings);
  }

  /** Opens an imported document (one diagram of it): the drawing is replaced and not saved yet. */
  async function openImported(fileName: string, xml: string, diagramId: string | undefined, warnings: ParseWarning[]): Promise<void> {
    store.diagramChoice = null;
    try {
      await importDrawing(xml, diagramId);
      savedMark = { index: -2, top: undefined };
      store.generated = false;
      refreshStack();
      store.importNotice = { fileName, warnings };
    } catch (err) {
      console.error(err);
      store.importError = t('processes.import.refused', { name: fileName, reason: err instanceof Error ? err.message : String(err) });
    }
  }

  const { exportBpmn, exportSvg, exportPng } = processExports(() => modeler.value, options.chainCode);

  /** The chain's generated process and what replacing the drawing with it would change. */
  async function previewRegenerate(): Promise<{ xml: string; diff: ProcessDiff } | { error: string }> {
    const input = options.generateInput();
    const current = modeler.value?.getDefinitions();
    if (!input || !current) return { error: t('processes.regenerate.notReady') };
    const result = await generateProcess(input);
    if (!result.ok) return { error: result.error.message };
    const { rootElement } = await createBpmnModdle().fromXML(result.xml, 'bpmn:Definitions');
    return { xml: result.xml, diff: diffProcesses(current, rootElement) };
  }

  /** Replaces the drawing with the generated process (after the author saw the difference); not saved yet. */
  async function regenerate(xml: string): Promise<void> {
    await importDrawing(xml);
    savedMark = { index: -2, top: undefined };
    refreshStack();
  }

  // the canvas changes size with the window and the composer's columns: diagram-js must re-measure, and a
  // drawing imported while the canvas had no size is fitted when it gets one
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
    if (!modeler.value) return;
    modeler.value.get<{ resized(): void }>('canvas').resized();
    if (fitPending) zoomFit();
  });

  // an unsaved drawing is not lost silently: leaving the chain (route) or the page asks first
  onBeforeRouteLeave(async () => {
    if (!store.dirty || !editable()) return true;
    try {
      await ElMessageBox.confirm(t('processes.leave.text'), t('processes.leave.title'), {
        type: 'warning',
        confirmButtonText: t('processes.leave.leave'),
        cancelButtonText: t('processes.leave.stay'),
      });
      return true;
    } catch {
      return false; // stay
    }
  });
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.dirty && editable()) event.preventDefault();
  };

  onMounted(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    create();
    if (options.canvas.value) resizeObserver?.observe(options.canvas.value);
    void load();
  });
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    resizeObserver?.disconnect();
    modeler.value?.destroy();
    modeler.value = null;
  });

  // another chain: load its process
  watch(options.chainId, () => void load());
  // edit rights or the language changing: a new modeler (palette, translate) showing the same drawing
  watch([options.editable, locale], async () => {
    const wasDirty = store.dirty;
    const xml = modeler.value ? (await modeler.value.saveXML({ format: true })).xml : undefined;
    create();
    if (!xml) return void load();
    await importDrawing(xml);
    if (wasDirty) {
      savedMark = { index: -2, top: undefined };
      refreshStack();
    } else markClean();
  });
  // the chain's keys changed (situations, merged fields, form): lint with a new linter config
  watch(
    () => JSON.stringify(options.lintKeys()),
    () => {
      if (modeler.value) service('linting').setLinterConfig(linterConfig(lintSetup()));
    },
  );

  return {
    modeler, load, save, undo, redo, onKeydown, zoomFit, zoomBy, toggleMinimap, select, apply, panelElement,
    importFile, openImported, exportBpmn, exportSvg, exportPng, previewRegenerate, regenerate,
    /** bpmn-js's bpmnFactory, reached when an entry writes (the read-only viewer has none). */
    factory: { create: (type: string, attrs?: Record<string, unknown>) => service('bpmnFactory').create(type, attrs) },
    elementOf: (bo: ModdleElement) => (modeler.value ? service('elementRegistry').get(bo.id ?? '') : undefined),
  };
}
