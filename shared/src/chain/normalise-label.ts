/** Label normalisation for merge suggestions, exactly as catalog-format.md "Merge suggestions". */

/** Innermost bracketed parts: (…) […] 【…】 〔…〕 (NFKC has already turned （）［］ into ASCII). */
const INNERMOST_BRACKETS = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/gu;

/** Whitespace, punctuation, symbols and the particle 的. */
const NOISE = /[\s\p{P}\p{S}的]/gu;

/** Synonym replacements, applied in this order (each row is one alternation, longest first as listed). */
const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/法人代表/gu, '法定代表人'],
  [/法人/gu, '法定代表人'],
  [/居民身份证号码|公民身份号码|身份证件号码|身份证号码/gu, '身份证号'],
  [/手机号码|移动电话|手机号/gu, '手机'],
  [/电话号码/gu, '电话'],
  [/婴儿|宝宝/gu, '新生儿'],
  [/帐号|卡号/gu, '账号'],
  [/住址/gu, '地址'],
  [/姓名|名称/gu, '名'],
];

/** Drops bracketed parts, innermost first, so nested brackets go entirely. */
function dropBracketed(text: string): string {
  let previous = text;
  for (;;) {
    const next = previous.replace(INNERMOST_BRACKETS, '');
    if (next === previous) return next;
    previous = next;
  }
}

/** Normalises a label: NFKC, no bracketed parts, no whitespace/punctuation/symbols/的, then synonyms. */
export function normaliseLabel(label: string): string {
  let text = dropBracketed(label.normalize('NFKC')).replace(NOISE, '');
  for (const [pattern, replacement] of SYNONYMS) text = text.replace(pattern, replacement);
  return text;
}
