/**
 * The field permission table of a user task (`yilian:fieldPermissions` in its extensionElements): one
 * row per chain form field, editable / read-only / hidden or the task's default. A change is one undo
 * step that creates extensionElements and the permissions list only when missing (as
 * bpmn-js-properties-panel does for extension elements).
 */
import {
  FIELD_ACCESS_VALUES,
  fieldPermissionEntries,
  fieldPermissionsElements,
  isFieldAccess,
  yilianAttributes,
  type ModdleElement,
} from '@yilian/shared';
import { updateModdleProperties, updateProperties } from './panel-commands';
import type { DiagramElement, PanelContext, PanelEntry, PanelMessage, PermissionMap, PermissionRow, PropertyCommand } from './panel-types';

/** What a task grants a field without an entry (taskFieldAccess's fallback). */
export const fallbackAccess = (task: ModdleElement): string => (yilianAttributes(task).step === 'accept' ? 'editable' : 'read-only');

/** The task's written permissions, first entry per key (as the engine reads them). */
function written(task: ModdleElement): PermissionMap {
  const map: PermissionMap = {};
  for (const entry of fieldPermissionEntries(task)) if (!(entry.key in map)) map[entry.key] = entry.access;
  return map;
}

/** Rows: the chain form's fields, then keys the task names that the form lacks. */
export function permissionRows(task: ModdleElement, fields: PanelContext['fields']): PermissionRow[] {
  const fallback = fallbackAccess(task);
  const known = new Set(fields.map((f) => f.key));
  const extra = Object.keys(written(task)).filter((key) => key !== '' && !known.has(key));
  return [
    ...fields.map((f) => ({ key: f.key, label: f.label, fallback, unknown: false })),
    ...extra.map((key) => ({ key, label: key, fallback, unknown: true })),
  ];
}

/** Commands that make the task's permissions equal `next` ('' or a missing key = no entry). */
export function setPermissions(element: DiagramElement, next: PermissionMap, ctx: Pick<PanelContext, 'factory'>): PropertyCommand[] {
  const task = element.businessObject;
  const wanted = Object.entries(next).filter(([key, access]) => key !== '' && access !== '');
  const current = written(task);
  const same = wanted.length === Object.keys(current).length && wanted.every(([key, access]) => current[key] === access);
  if (same && fieldPermissionEntries(task).length === wanted.length) return [];

  const commands: PropertyCommand[] = [];
  let extensions = task.get('extensionElements') as ModdleElement | undefined;
  if (!extensions) {
    extensions = ctx.factory.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = task;
    commands.push(updateProperties(element, { extensionElements: extensions }));
  }
  const [list, ...others] = fieldPermissionsElements(task);
  let permissions = list;
  const values = (extensions.get('values') as ModdleElement[] | undefined) ?? [];
  if (!permissions) {
    permissions = ctx.factory.create('yilian:FieldPermissions', { entries: [] });
    permissions.$parent = extensions;
    commands.push(updateModdleProperties(element, extensions, { values: [...values, permissions] }));
  } else if (others.length > 0) {
    // several lists (another tool's output) become one
    commands.push(updateModdleProperties(element, extensions, { values: values.filter((v) => !others.includes(v)) }));
  }
  const entries = wanted.map(([key, access]) => {
    const entry = ctx.factory.create('yilian:FieldPermission', { key, access });
    entry.$parent = permissions;
    return entry;
  });
  commands.push(updateModdleProperties(element, permissions, { entries }));
  return commands;
}

/** The permission table entry of a user task. */
export function fieldPermissionsEntry(element: DiagramElement, ctx: PanelContext): PanelEntry {
  const rows = permissionRows(element.businessObject, ctx.fields);
  return {
    id: 'fieldPermissions',
    kind: 'permissions',
    labelKey: 'processes.panel.fieldPermissions',
    hintKey: 'processes.panel.fieldPermissionsHint',
    rows,
    get: () => written(element.businessObject),
    set: (value) => setPermissions(element, value, ctx),
    validate: (value: PermissionMap): PanelMessage | null => {
      const bad = Object.entries(value).find(([, access]) => access !== '' && !isFieldAccess(access));
      if (bad) return { key: 'processes.panel.accessInvalid', params: { key: bad[0], value: bad[1], allowed: FIELD_ACCESS_VALUES.join(' / ') } };
      const unknown = rows.find((row) => row.unknown && (value[row.key] ?? '') !== '');
      return unknown ? { key: 'processes.panel.accessUnknownField', params: { key: unknown.key } } : null;
    },
  };
}
