/**
 * The modeler's `translate` service, swapped for our own message tables (bpmn-js-examples `i18n`:
 * a module `{ translate: ['value', fn] }`). Keys are the libraries' English templates with `{placeholders}`.
 * A key missing from the table is reported to `onMiss` (the designer logs it; tests fail on it) and shown
 * in English. Lint messages reach `translate` too: ours are zh-CN already and pass through unchanged.
 */
import { translateLintMessage } from '@yilian/shared';
import { BPMN_MESSAGES_EN } from './bpmn-messages.en';
import { BPMN_MESSAGES_ZH_CN } from './bpmn-messages.zh-CN';

export type TranslateFn = (template: string, replacements?: Readonly<Record<string, unknown>>) => string;

/** The languages the designer speaks, with their modeler tables. */
export const BPMN_MESSAGES: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>> = {
  'zh-CN': BPMN_MESSAGES_ZH_CN,
  en: BPMN_MESSAGES_EN,
};

const HAN = /\p{Script=Han}/u;

/** Fills `{name}` placeholders; unknown ones stay as written (as diagram-js's own translate does). */
function fill(text: string, replacements: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{([^{}]+)\}/g, (whole, name: string) => (Object.hasOwn(replacements, name) ? String(replacements[name]) : whole));
}

/**
 * A translate function over `table`. Texts already in Chinese (our lint messages) pass through; bpmnlint's
 * English rule messages go through translateLintMessage for zh-CN; anything else missing is a miss.
 */
export function createTranslate(locale: 'zh-CN' | 'en', onMiss?: (template: string) => void): TranslateFn {
  const table = BPMN_MESSAGES[locale];
  return (template, replacements = {}) => {
    const text = Object.hasOwn(table, template) ? table[template]! : fallback(locale, template, onMiss);
    return fill(text, replacements);
  };
}

function fallback(locale: 'zh-CN' | 'en', template: string, onMiss?: (template: string) => void): string {
  if (HAN.test(template)) return template;
  const lint = translateLintMessage(template);
  if (lint !== template) return locale === 'zh-CN' ? lint : template;
  onMiss?.(template);
  return template;
}

/** The didi module that replaces diagram-js's `translate` service. */
export function translateModule(translate: TranslateFn): { translate: ['value', TranslateFn] } {
  return { translate: ['value', translate] };
}
