/**
 * The `yilian` moddle extension: what a user task carries for the engine and case handling
 * (matter, window step, assignee, working-day limits, field permissions). Values are Strings in
 * the model so that bad input survives a round trip; the properties panel and lint validate them.
 */
import type { FieldAccess } from '../form';
import { is, many, text, type ModdleElement } from './moddle-types';
import descriptor from './yilian.json' with { type: 'json' };

/** The moddle descriptor, for bpmn-js's `moddleExtensions: { yilian: … }` and for createBpmnModdle. */
export const yilianModdleDescriptor = descriptor;

/** Namespace URI of the extension (elements are matched by URI, whatever prefix a file uses). */
export const YILIAN_NS_URI: string = descriptor.uri;

/** Prefix we write (`yilian:role="reviewer"`). */
export const YILIAN_PREFIX: string = descriptor.prefix;

/** Window steps: 受理 (acceptance) and 统一反馈 (the unified result). */
export const YILIAN_STEPS = ['accept', 'feedback'] as const;
export type YilianStep = (typeof YILIAN_STEPS)[number];

/** Assignee roles of a user task (a reviewer also needs a department). */
export const YILIAN_ROLES = ['reviewer', 'window-clerk'] as const;
export type YilianRole = (typeof YILIAN_ROLES)[number];

/** Field access values of `yilian:fieldPermissions`. */
export const FIELD_ACCESS_VALUES = ['editable', 'read-only', 'hidden'] as const satisfies readonly FieldAccess[];

/** The yilian attributes of a user task, as written (unvalidated strings; absent = undefined). */
export interface YilianTaskAttributes {
  matter?: string;
  step?: string;
  department?: string;
  role?: string;
  timeLimit?: string;
  reminder?: string;
}

/** One `yilian:fieldPermission` entry as written. */
export interface FieldPermissionEntry {
  key: string;
  access: string;
}

const ATTRIBUTE_NAMES = ['matter', 'step', 'department', 'role', 'timeLimit', 'reminder'] as const;

/** The yilian attributes of a user task (empty for any other element). */
export function yilianAttributes(element: ModdleElement): YilianTaskAttributes {
  const out: YilianTaskAttributes = {};
  if (!is(element, 'bpmn:UserTask')) return out;
  for (const name of ATTRIBUTE_NAMES) {
    const value = text(element, `yilian:${name}`);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The `yilian:fieldPermissions` elements inside a task's extensionElements. */
export function fieldPermissionsElements(task: ModdleElement): ModdleElement[] {
  const extensions = task.get('extensionElements');
  if (!is(extensions, 'bpmn:ExtensionElements')) return [];
  return many(extensions, 'values').filter((value) => is(value, 'yilian:FieldPermissions'));
}

/** Every field permission entry of a task as written, in document order. */
export function fieldPermissionEntries(task: ModdleElement): FieldPermissionEntry[] {
  return fieldPermissionsElements(task).flatMap((list) =>
    many(list, 'entries').map((entry) => ({ key: text(entry, 'key') ?? '', access: text(entry, 'access') ?? '' })),
  );
}

/** True for a valid access value. */
export const isFieldAccess = (value: string): value is FieldAccess => (FIELD_ACCESS_VALUES as readonly string[]).includes(value);

/**
 * The access of every given field key in a task: the task's map, else read-only for reviewers and
 * editable at acceptance (`yilian:step="accept"`). Invalid entries are ignored (lint reports them).
 */
export function taskFieldAccess(task: ModdleElement, fieldKeys: readonly string[]): Record<string, FieldAccess> {
  const fallback: FieldAccess = yilianAttributes(task).step === 'accept' ? 'editable' : 'read-only';
  const written = new Map<string, FieldAccess>();
  for (const entry of fieldPermissionEntries(task)) {
    if (isFieldAccess(entry.access) && !written.has(entry.key)) written.set(entry.key, entry.access);
  }
  return Object.fromEntries(fieldKeys.map((key) => [key, written.get(key) ?? fallback]));
}

/** A count of working days written in an attribute: a non-negative integer, else null. */
export function workingDays(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,4}$/.test(value.trim())) return null;
  return Number(value.trim());
}
