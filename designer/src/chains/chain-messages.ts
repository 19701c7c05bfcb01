/** The chain composer's coded messages (blockers, conflicts, ignored decisions) in the UI language. */
import { CHAIN_MESSAGE_CODES, type CodedMessage } from '@yilian/shared';
import { aspectsText, listParam, textParam, type Translate } from '../i18n/coded-messages';

const KNOWN: readonly string[] = CHAIN_MESSAGE_CODES;

/** Params naming a matter by its code (shown as name with code when the name is known). */
const MATTER_PARAMS: readonly string[] = ['matter', 'picked'];

/** A matter code as `name（code）` when `names` knows it, else the code. */
export const matterWithCode = (t: Translate, code: string, names: Readonly<Record<string, string>> = {}): string =>
  names[code] && names[code] !== code ? t('chains.matterWithCode', { name: names[code], code }) : code;

/** Renders a chain message; an unknown code (a newer server) shows `fallback`, else the code. Matter codes read with their names. */
export function chainMessageText(t: Translate, message: CodedMessage, fallback?: string, names: Readonly<Record<string, string>> = {}): string {
  const { code, params: p } = message;
  if (!KNOWN.includes(code)) return fallback ?? code;
  const key = `chains.messages.${code}`;
  switch (code) {
    case 'dependency_cycle':
      return t(key, { cycle: listParam(p.cycle).map((matter) => matterWithCode(t, matter, names)).join(' → ') });
    case 'field_conflict':
      return t(key, { label: textParam(p.label), key: textParam(p.key), count: textParam(p.count), aspects: aspectsText(t, p.aspects) });
    case 'field_conflict_unresolved':
      return t(key, { conflict: chainMessageText(t, { code: 'field_conflict', params: p }) });
    default:
      return t(key, Object.fromEntries(Object.entries(p).map(([name, value]) =>
        [name, MATTER_PARAMS.includes(name) ? matterWithCode(t, textParam(value), names) : textParam(value)])));
  }
}

/** Texts of a list of coded messages; where a message is missing, the zh-CN string at the same index. */
export function chainMessageTexts(
  t: Translate, messages: readonly CodedMessage[] | undefined, zh: readonly string[], names: Readonly<Record<string, string>> = {},
): string[] {
  if (!messages) return [...zh];
  return messages.map((message, i) => chainMessageText(t, message, zh[i], names));
}
