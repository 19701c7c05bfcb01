/** Zod schemas that validate and normalise identifiers (zh-CN messages). */
import { z } from 'zod';
import type { Clock } from '../time/clock';
import { systemClock } from '../time/clock';
import { validateIdCard } from './id-card';
import { validateMobile } from './mobile';
import { validateUscc } from './uscc';

type Outcome = { ok: true; value: string } | { ok: false; message: string; reason?: string };

/** A string schema that maps the input through a validator, failing with its message. */
function normalisedString(typeError: string, validate: (input: string) => Outcome) {
  return z.string({ error: typeError }).transform((input, ctx) => {
    const result = validate(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, input, params: { reason: result.reason } });
    return z.NEVER;
  });
}

/** An identity card number schema whose "not in the future" check reads the given clock. */
export function createIdCardSchema(clock: Clock = systemClock) {
  return normalisedString('身份证号必须为文本', (input) => validateIdCard(input, clock.now()));
}

/** Identity card number → normalised (upper-case X) value; checked against the system clock. */
export const idCardSchema = createIdCardSchema();

/** Unified social credit code → upper-cased value; a wrong check character does not fail. */
export const usccSchema = normalisedString('统一社会信用代码必须为文本', validateUscc);

/** Mobile number → normalised 11 digits. */
export const mobileSchema = normalisedString('手机号必须为文本', validateMobile);
