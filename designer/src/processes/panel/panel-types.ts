/**
 * The properties panel's provider shape (bpmn-js-properties-panel's, without Preact): groups of entries,
 * each with get/set/validate over the selected element. `set` returns the commands to run; the panel
 * runs them through the modeler (modeling.updateProperties / updateModdleProperties, several as one
 * undo step), never writing to the model itself.
 */
import type { ElementFactory, ModdleElement } from '@yilian/shared';

/** A diagram element as bpmn-js has it (shape, connection or root), reduced to what the panel reads. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

/** `element.updateProperties`: properties of the element's business object (what modeling.updateProperties runs). */
export interface UpdatePropertiesCommand {
  cmd: 'element.updateProperties';
  context: { element: DiagramElement; properties: Record<string, unknown> };
}

/** `element.updateModdleProperties`: properties of a moddle element below the element (extension elements…). */
export interface UpdateModdlePropertiesCommand {
  cmd: 'element.updateModdleProperties';
  context: { element: DiagramElement; moddleElement: ModdleElement; properties: Record<string, unknown> };
}

export type PropertyCommand = UpdatePropertiesCommand | UpdateModdlePropertiesCommand;

/** A message for the panel: an i18n key with parameters, or a text that is already localised (FEEL checks). */
export type PanelMessage = { key: string; params?: Record<string, string | number> } | { text: string };

export interface PanelOption {
  value: string;
  /** i18n key of the option's label, or a literal label (names of matters and departments). */
  labelKey?: string;
  label?: string;
}

/** Access per field key; '' = the task's default. */
export type PermissionMap = Record<string, string>;

interface EntryBase<V> {
  id: string;
  labelKey: string;
  /** Help text shown under the input (i18n key). */
  hintKey?: string;
  get(): V;
  /** Commands that write `value`; empty when nothing changes. */
  set(value: V): PropertyCommand[];
  /** A problem of `value` as typed (null when fine). */
  validate?(value: V): PanelMessage | null;
}

export type PanelEntry =
  | (EntryBase<string> & { kind: 'text' | 'feel' })
  | (EntryBase<string> & { kind: 'days' })
  | (EntryBase<string> & { kind: 'select'; options: PanelOption[] })
  | (EntryBase<boolean> & { kind: 'switch' })
  | (EntryBase<string> & { kind: 'readonly' })
  | (EntryBase<PermissionMap> & { kind: 'permissions'; rows: PermissionRow[] });

/** One row of the field permission table. */
export interface PermissionRow {
  key: string;
  label: string;
  /** What the task grants without an entry. */
  fallback: string;
  /** An entry for a key the chain form does not have. */
  unknown: boolean;
}

export interface PanelGroup {
  id: string;
  labelKey: string;
  entries: PanelEntry[];
}

/** What the provider knows besides the element: the chain, the tenant, the modeler's services. */
export interface PanelContext {
  /** Creates moddle elements (bpmn-js's bpmnFactory). */
  factory: ElementFactory;
  /** The diagram element of a business object (elementRegistry), for commands on another element. */
  elementOf(businessObject: ModdleElement): DiagramElement | undefined;
  /** The chain's matters. */
  matters: ReadonlyArray<{ code: string; name: string }>;
  /** The tenant's departments. */
  departments: ReadonlyArray<{ code: string; name: string }>;
  /** The chain form's field keys with their labels. */
  fields: ReadonlyArray<{ key: string; label: string }>;
  /** Keys conditions may read besides the engine's (processKnownKeys: situations and merged field keys). */
  knownKeys: readonly string[];
}
