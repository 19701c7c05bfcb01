/**
 * Validation messages of the API contract. Schemas carry zh-CN text (the default language); `msg`
 * records its English beside it so a server can answer either language by `Accept-Language`.
 */
const ENGLISH = new Map<string, string>();

/** A zh-CN validation message with its English equivalent; returns the zh-CN text for the schema. */
export function msg(zh: string, en: string): string {
  ENGLISH.set(zh, en);
  return zh;
}

/** Records English equivalents of zh-CN messages written elsewhere (validators, shared checks). */
export function addEnglishMessages(pairs: Readonly<Record<string, string>>): void {
  for (const [zh, en] of Object.entries(pairs)) ENGLISH.set(zh, en);
}

/** The English of a zh-CN message recorded with `msg` or `addEnglishMessages`, if any. */
export function englishMessageOf(zh: string): string | undefined {
  return ENGLISH.get(zh);
}
