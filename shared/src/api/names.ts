/**
 * Names people read (departments, users, matters, chains): they must show something. A name with a
 * lone surrogate, a bidirectional control (which can make `exe.txt` read as `txt.exe`), a control
 * character, or nothing visible (blanks, zero-width characters, fillers) is refused with a clear message.
 */
import type { z } from 'zod';
import { msg } from './messages';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** ALM, LRM, RLM, the embeddings and overrides (U+202A–E) and the isolates (U+2066–9). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL = /\p{Cc}/u;
/** A character that shows: not blank, not a format or control character, not a lone mark, not ignorable (zero-width, Hangul fillers), not the braille blank. Private-use characters count (rare name characters use them). */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export type NameProblem = 'lone_surrogate' | 'bidi_control' | 'control' | 'invisible';

/** What is wrong with a (non-empty) name, or undefined when it is fine. */
export function nameProblem(text: string): NameProblem | undefined {
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  if (BIDI_CONTROL.test(text)) return 'bidi_control';
  if (CONTROL.test(text)) return 'control';
  if (!VISIBLE.test(text)) return 'invisible';
  return undefined;
}

export const NAME_MESSAGES: Readonly<Record<NameProblem, string>> = {
  lone_surrogate: msg('名称含有无效的字符编码（孤立的代理项）', 'The name contains an invalid character encoding (a lone surrogate)'),
  bidi_control: msg('名称不能含有双向文本控制字符（如 U+202E）', 'The name must not contain bidirectional text controls (such as U+202E)'),
  control: msg('名称不能含有控制字符（如换行、制表符）', 'The name must not contain control characters (such as line breaks or tabs)'),
  invisible: msg('名称须含有可见字符，不能只有空白或零宽字符', 'The name must contain a visible character, not only blanks or zero-width characters'),
};

/**
 * The given string schema, refusing names that show nothing or hide something (see `nameProblem`).
 * An empty string is left to the schema's own `min(1)` message.
 */
export function visibleName<T extends z.ZodString>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const problem = text === '' ? undefined : nameProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: NAME_MESSAGES[problem], input: text });
  });
}
