/** API contract of /api/settings: a tenant's settings, inherited from the city. */
import { z } from 'zod';
import { msg } from './messages';

/** A setting's name in both languages, for its messages. */
type Named = readonly [zh: string, en: string];

const int = (min: number, max: number, [zh, en]: Named) =>
  z
    .number({ error: msg(`${zh}必须为数字`, `${en} must be a number`) })
    .int(msg(`${zh}必须为整数`, `${en} must be an integer`))
    .min(min, msg(`${zh}不能小于 ${min}`, `${en} must be at least ${min}`))
    .max(max, msg(`${zh}不能大于 ${max}`, `${en} must be at most ${max}`));
const text = (max: number, [zh, en]: Named) =>
  z
    .string({ error: msg(`${zh}必须为文本`, `${en} must be text`) })
    .trim()
    .max(max, msg(`${zh}最多 ${max} 字`, `${en} has at most ${max} characters`));

/** 电子监察 warnings (domain.md §6): 'ratio' = yellow when remaining ≤ max(yellowMinDays, ceil(yellowRatio × limit)); 'overdue' = yellow when overdue, red past supervisionDays. */
const warningSchema = z.strictObject({
  scheme: z.enum(['ratio', 'overdue'], { error: msg('预警方式只能为 ratio 或 overdue', 'The warning scheme is ratio or overdue') }),
  yellowRatio: z
    .number({ error: msg('黄牌比例必须为数字', 'The yellow-card ratio must be a number') })
    .min(0, msg('黄牌比例不能小于 0', 'The yellow-card ratio must be at least 0'))
    .max(1, msg('黄牌比例不能大于 1', 'The yellow-card ratio must be at most 1')),
  yellowMinDays: int(0, 30, ['黄牌最少天数', 'The yellow-card minimum days']),
  supervisionDays: int(1, 90, ['督办天数', 'The supervision days']),
});

/** The tenant's local window (a local element a county may override). */
const windowSchema = z.strictObject({
  name: text(50, ['窗口名称', 'The window name']),
  address: text(200, ['窗口地址', 'The window address']),
  phone: text(50, ['咨询电话', 'The enquiry phone']),
  hours: text(100, ['办公时间', 'The office hours']),
});

const topLevel = {
  badReviewFixDays: int(1, 90, ['差评整改期限', 'The bad-review fix period']),
  correctionStopsClock: z.boolean({ error: msg('补正是否停止计时必须为 true 或 false', 'Whether corrections stop the clock is true or false') }),
  excludeCreditFlaggedFromRongque: z.boolean({
    error: msg('失信主体是否排除容缺必须为 true 或 false', 'Whether credit-flagged applicants are excluded from 容缺 is true or false'),
  }),
};

/** The complete settings of a tenant (every field present); unknown keys are rejected. */
export const settingsSchema = z.strictObject({ warning: warningSchema, ...topLevel, window: windowSchema });
export type Settings = z.infer<typeof settingsSchema>;

/** Deep partial of Settings: what a tenant stores as its own overrides. */
export const settingsPatchSchema = z.strictObject({
  warning: warningSchema.partial().optional(),
  badReviewFixDays: topLevel.badReviewFixDays.optional(),
  correctionStopsClock: topLevel.correctionStopsClock.optional(),
  excludeCreditFlaggedFromRongque: topLevel.excludeCreditFlaggedFromRongque.optional(),
  window: windowSchema.partial().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Every key of an object schema optional, and `null` allowed to mean "remove my override". */
function resettable<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, (v as z.ZodType).nullable().optional()]));
  return z.strictObject(shape as unknown as { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>> });
}

/** PUT /api/settings: a deep partial where `null` removes the tenant's own value (it inherits again). */
export const settingsPutSchema = z.strictObject({
  warning: resettable(warningSchema).nullable().optional(),
  badReviewFixDays: topLevel.badReviewFixDays.nullable().optional(),
  correctionStopsClock: topLevel.correctionStopsClock.nullable().optional(),
  excludeCreditFlaggedFromRongque: topLevel.excludeCreditFlaggedFromRongque.nullable().optional(),
  window: resettable(windowSchema).nullable().optional(),
});
export type SettingsPutPatch = z.input<typeof settingsPutSchema>;

/** GET /api/settings: effective = built-in defaults ← city's own ← acting tenant's own. */
export const settingsViewSchema = z.object({
  tenantId: z.string(),
  effective: settingsSchema,
  own: settingsPatchSchema,
  inherited: settingsSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;
