import { z } from 'zod';
import { englishMessageOf } from '@yilian/shared';
import type { MessageLocale } from './locale';

/**
 * Validation messages: zh-CN by default (the UI's default language); paths stay JSON paths. The
 * locale is global to zod, so the English of each default message is remembered as it is made and a
 * request that prefers English gets it per issue (see `issueMessage`).
 */
const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

/** English of zod's own zh-CN messages, as they were made (bounded: oldest forgotten first). */
const ENGLISH_OF_DEFAULT = new Map<string, string>();
const REMEMBERED = 2000;

const text = (message: ReturnType<typeof zhCN>): string | undefined => (typeof message === 'string' ? message : message?.message);

z.config({
  localeError: (issue) => {
    const message = text(zhCN(issue));
    const english = text(en(issue));
    if (message !== undefined && english !== undefined && !ENGLISH_OF_DEFAULT.has(message)) {
      if (ENGLISH_OF_DEFAULT.size >= REMEMBERED) ENGLISH_OF_DEFAULT.delete(ENGLISH_OF_DEFAULT.keys().next().value!);
      ENGLISH_OF_DEFAULT.set(message, english);
    }
    return message;
  },
});

/**
 * An issue's message in the request's language. zh-CN: as made. English: a custom issue's own
 * (`params.en`), else the contract's English of its zh-CN message (shared `msg`), else zod's English
 * of its default message; a message with no English stays zh-CN.
 */
export function issueMessage(issue: z.core.$ZodIssue, locale: MessageLocale): string {
  if (locale === 'zh-CN') return issue.message;
  const own = issue.code === 'custom' && typeof issue.params?.en === 'string' ? issue.params.en : undefined;
  return own ?? englishMessageOf(issue.message) ?? ENGLISH_OF_DEFAULT.get(issue.message) ?? issue.message;
}
