/** The language of a request's messages: zh-CN by default, English when `Accept-Language` prefers it. */
export type MessageLocale = 'zh-CN' | 'en';

/**
 * The preferred of zh-CN and English in an `Accept-Language` header (highest q, earliest on a tie);
 * zh-CN when the header is absent or names neither.
 */
export function preferredLocale(header: string | null | undefined): MessageLocale {
  let best: { locale: MessageLocale; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...options] = part.trim().toLowerCase().split(';');
    const locale: MessageLocale | undefined = /^en(-|$)/.test(tag) ? 'en' : /^zh(-|$)/.test(tag) ? 'zh-CN' : undefined;
    if (!locale) continue;
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption === undefined ? 1 : Number(qOption.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? 'zh-CN';
}

/** The message locale of a request. */
export const requestLocale = (c: { req: { header(name: string): string | undefined } }): MessageLocale =>
  preferredLocale(c.req.header('accept-language'));
