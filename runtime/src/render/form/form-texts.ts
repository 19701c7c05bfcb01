/**
 * Bilingual form content: a node's zh-CN texts with their English (`x-i18n.en`) beside them. The
 * renderer follows the user's locale and falls back to zh-CN per text. Option lists are built once
 * per node and locale and handed to inputs by reference.
 */
import { markRaw } from 'vue';
import { Schema } from '@formily/json-schema';
import { expressionOf, type FormLocale, type FormOption, type FormSchemaNode } from '@yilian/shared';
import './feel-compiler'; // expressions compile as FEEL wherever this module is used
import type { FeelScope } from './feel-compiler';

export type NodeTextKey = 'title' | 'description' | 'placeholder' | 'content';

/** The form locale of a UI locale: English for `en*`, else zh-CN. */
export const formLocaleOf = (locale: string | undefined): FormLocale => (locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

const prop = (node: FormSchemaNode, name: string): string | undefined => {
  const value = node['x-component-props']?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The raw text of a node in the locale (English when given, else zh-CN); may be a `{{ }}` expression. */
export function rawText(node: FormSchemaNode, key: NodeTextKey, locale: FormLocale): string | undefined {
  const english = locale === 'en' ? node['x-i18n']?.en?.[key] : undefined;
  if (english) return english;
  if (key === 'title' || key === 'description') return node[key];
  return prop(node, key);
}

/** True when the text is an expression (evaluated per render, inside the field's observer). */
export const isDynamic = (text: string | undefined): boolean => expressionOf(text) !== undefined;

/** A text for display: static texts as they are, expressions through the FEEL compiler. */
export function resolveText(text: string | undefined, scope: FeelScope): string | undefined {
  if (text === undefined || !isDynamic(text)) return text;
  const value: unknown = Schema.shallowCompile(text, scope);
  return value === null || value === undefined ? '' : String(value);
}

/** A node's text in the locale, expressions evaluated over the scope. */
export const nodeText = (node: FormSchemaNode, key: NodeTextKey, locale: FormLocale, scope: FeelScope = {}): string | undefined =>
  resolveText(rawText(node, key, locale), scope);

const optionCache = new WeakMap<FormSchemaNode, Partial<Record<FormLocale, readonly FormOption[]>>>();

/** The options of a select/multiselect with labels in the locale; the same array on every call. */
export function optionsOf(node: FormSchemaNode, locale: FormLocale): readonly FormOption[] {
  let byLocale = optionCache.get(node);
  if (byLocale === undefined) {
    byLocale = {};
    optionCache.set(node, byLocale);
  }
  const cached = byLocale[locale];
  if (cached) return cached;
  const english = node['x-i18n']?.en?.options ?? {};
  const options = markRaw((node.enum ?? []).map((o) => ({ value: o.value, label: (locale === 'en' ? english[o.value] : undefined) ?? o.label })));
  byLocale[locale] = options;
  return options;
}

/** The label of an option value in the locale (the value itself when it is not an option). */
export function optionLabel(node: FormSchemaNode, value: string, locale: FormLocale): string {
  return optionsOf(node, locale).find((o) => o.value === value)?.label ?? value;
}

/**
 * A label with its unit: `面积（㎡）`, or the title alone when it already names the unit in
 * parentheses (catalog titles often do: `招牌面积（㎡）`), so the unit is never shown twice.
 */
export function labelWithUnit(title: string, unit: string | undefined, locale: FormLocale): string {
  if (!unit) return title;
  const compact = title.replace(/\s+/g, '');
  if (compact.includes(`（${unit}）`) || compact.includes(`(${unit})`)) return title;
  return locale === 'en' ? `${title} (${unit})` : `${title}（${unit}）`;
}
