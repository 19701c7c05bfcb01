/**
 * Property edits as patches for updateItem: English texts under `x-i18n.en`, component props, limits,
 * options with English labels, typed default values. An emptied value removes its property, and an
 * emptied container (`x-i18n`, `x-component-props`, `x-validator`) goes with it.
 */
import { FIELD_JSON_TYPES, isFieldType, type FormNodeI18n, type FormOption, type FormValidator } from '@yilian/shared';
import type { FormNodeProps } from '../model/form-model';

type Patch = Partial<FormNodeProps>;
type EnglishText = Exclude<keyof FormNodeI18n, 'options'>;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const orUndefined = <T extends object>(o: T): T | undefined => (Object.keys(o).length > 0 ? o : undefined);

/** A zh-CN text property (`title`, `description`); empty removes it. */
export const textPatch = (name: 'title' | 'description', text: string): Patch => ({ [name]: blank(text) ? undefined : text });

function withEnglish(props: FormNodeProps, change: (en: FormNodeI18n) => void): Patch {
  const en: FormNodeI18n = { ...(props['x-i18n']?.en ?? {}) };
  change(en);
  return { 'x-i18n': orUndefined(en) ? { en } : undefined };
}

/** An English text (`x-i18n.en.<name>`); empty removes it. */
export const englishPatch = (props: FormNodeProps, name: EnglishText, text: string): Patch =>
  withEnglish(props, (en) => {
    if (blank(text)) delete en[name];
    else en[name] = text;
  });

/** One `x-component-props` entry (placeholder, content, columns…); empty removes it. */
export function componentPropPatch(props: FormNodeProps, name: string, value: unknown): Patch {
  const next: Record<string, unknown> = { ...(props['x-component-props'] ?? {}) };
  if (blank(value)) delete next[name];
  else next[name] = value;
  return { 'x-component-props': orUndefined(next) };
}

/** One limit of `x-validator`; empty (or not a number for the numeric limits) removes it. */
export function validatorPatch(props: FormNodeProps, name: keyof FormValidator, text: string): Patch {
  const next: FormValidator = { ...(props['x-validator'] ?? {}) };
  const value = name === 'pattern' ? text : Number(text);
  if (blank(text) || (typeof value === 'number' && !Number.isFinite(value))) delete next[name];
  else (next as Record<string, unknown>)[name] = value;
  return { 'x-validator': orUndefined(next) };
}

/** An option as the properties panel edits it: value, zh-CN label and English label. */
export interface OptionRow {
  value: string;
  label: string;
  en: string;
}

/** The options of a node with their English labels. */
export const optionRows = (props: FormNodeProps): OptionRow[] =>
  (props.enum ?? []).map((o) => ({ value: o.value, label: o.label, en: props['x-i18n']?.en?.options?.[o.value] ?? '' }));

/** `enum` and `x-i18n.en.options` from edited rows (rows without a value are dropped). */
export function optionsPatch(props: FormNodeProps, rows: readonly OptionRow[]): Patch {
  const kept = rows.filter((r) => !blank(r.value));
  const options: FormOption[] = kept.map((r) => ({ label: blank(r.label) ? r.value : r.label, value: r.value }));
  const english = Object.fromEntries(kept.filter((r) => !blank(r.en)).map((r) => [r.value, r.en]));
  return {
    enum: options.length > 0 ? options : undefined,
    ...withEnglish(props, (en) => {
      if (Object.keys(english).length > 0) en.options = english;
      else delete en.options;
    }),
  };
}

/** True when a default value can be typed for the field (strings, numbers, booleans). */
export const takesDefault = (component: unknown): boolean =>
  isFieldType(component) && ['string', 'number', 'boolean'].includes(FIELD_JSON_TYPES[component]) && component !== 'file';

/** The default value typed for a field as its JSON type; empty (or not a number/boolean) removes it. */
export function defaultPatch(component: unknown, text: string): Patch {
  if (blank(text) || !isFieldType(component)) return { default: undefined };
  const type = FIELD_JSON_TYPES[component];
  if (type === 'number') return { default: Number.isFinite(Number(text)) ? Number(text) : undefined };
  if (type === 'boolean') return { default: text === 'true' ? true : text === 'false' ? false : undefined };
  return { default: text };
}
