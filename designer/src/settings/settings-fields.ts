import type { Settings, SettingsPatch } from '../api/settings';

export type FieldKind = 'scheme' | 'number' | 'bool' | 'text';
export type FieldValue = string | number | boolean | null;

/** One editable setting: where it lives in Settings, how it is edited, and its limits (as the server checks them). */
export interface SettingField {
  key: string;
  section: 'warning' | 'rules' | 'window';
  kind: FieldKind;
  path: readonly [string] | readonly [string, string];
  labelKey: string;
  min?: number;
  max?: number;
  step?: number;
  precision?: number;
  maxLength?: number;
}

/** Every field of Settings, in form order. */
export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'scheme', section: 'warning', kind: 'scheme', path: ['warning', 'scheme'], labelKey: 'settings.scheme' },
  { key: 'yellowRatio', section: 'warning', kind: 'number', path: ['warning', 'yellowRatio'], labelKey: 'settings.yellowRatio', min: 0, max: 1, step: 0.05, precision: 2 },
  { key: 'yellowMinDays', section: 'warning', kind: 'number', path: ['warning', 'yellowMinDays'], labelKey: 'settings.yellowMinDays', min: 0, max: 30, step: 1, precision: 0 },
  { key: 'supervisionDays', section: 'warning', kind: 'number', path: ['warning', 'supervisionDays'], labelKey: 'settings.supervisionDays', min: 1, max: 90, step: 1, precision: 0 },
  { key: 'badReviewFixDays', section: 'rules', kind: 'number', path: ['badReviewFixDays'], labelKey: 'settings.badReviewFixDays', min: 1, max: 90, step: 1, precision: 0 },
  { key: 'correctionStopsClock', section: 'rules', kind: 'bool', path: ['correctionStopsClock'], labelKey: 'settings.correctionStopsClock' },
  { key: 'excludeCreditFlaggedFromRongque', section: 'rules', kind: 'bool', path: ['excludeCreditFlaggedFromRongque'], labelKey: 'settings.excludeCreditFlaggedFromRongque' },
  { key: 'windowName', section: 'window', kind: 'text', path: ['window', 'name'], labelKey: 'settings.windowName', maxLength: 50 },
  { key: 'windowAddress', section: 'window', kind: 'text', path: ['window', 'address'], labelKey: 'settings.windowAddress', maxLength: 200 },
  { key: 'windowPhone', section: 'window', kind: 'text', path: ['window', 'phone'], labelKey: 'settings.windowPhone', maxLength: 50 },
  { key: 'windowHours', section: 'window', kind: 'text', path: ['window', 'hours'], labelKey: 'settings.windowHours', maxLength: 100 },
];

type Tree = Record<string, unknown>;

/** The value at a field's path, or null when the (partial) settings do not have it. */
export function valueAt(settings: Settings | SettingsPatch, field: SettingField): FieldValue {
  let node: unknown = settings;
  for (const part of field.path) node = node && typeof node === 'object' ? (node as Tree)[part] : undefined;
  return node === undefined ? null : (node as FieldValue);
}

/** The form's values from the tenant's own settings: null (or '') means "inherit". */
export function valuesFromOwn(own: SettingsPatch): Record<string, FieldValue> {
  return Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, valueAt(own, f) ?? (f.kind === 'text' ? '' : null)]));
}

/** The PUT body: only the fields that have a value of their own, nested as Settings is. */
export function patchFromValues(values: Record<string, FieldValue>): SettingsPatch {
  const patch: Tree = {};
  for (const field of SETTING_FIELDS) {
    const value = values[field.key];
    if (value === null || value === undefined || value === '') continue;
    const [head, leaf] = field.path;
    if (leaf === undefined) patch[head] = value;
    else patch[head] = { ...((patch[head] as Tree | undefined) ?? {}), [leaf]: value };
  }
  return patch as SettingsPatch;
}

/** The field a server error path names (`warning.yellowRatio`), if any. */
export function fieldOfErrorPath(path: string): SettingField | undefined {
  return SETTING_FIELDS.find((f) => f.path.join('.') === path);
}
