import { z } from '@hono/zod-openapi';

const int = (min: number, max: number, what: string) =>
  z.number({ error: `${what}必须为数字` }).int(`${what}必须为整数`).min(min, `${what}不能小于 ${min}`).max(max, `${what}不能大于 ${max}`);
const text = (max: number, what: string) => z.string({ error: `${what}必须为文本` }).trim().max(max, `${what}最多 ${max} 字`);

/** 电子监察 warnings (domain.md §6): 'ratio' = yellow when remaining ≤ max(yellowMinDays, ceil(yellowRatio × limit)); 'overdue' = yellow when overdue, red past supervisionDays. */
const warningSchema = z.strictObject({
  scheme: z.enum(['ratio', 'overdue'], { error: '预警方式只能为 ratio 或 overdue' }),
  yellowRatio: z.number({ error: '黄牌比例必须为数字' }).min(0, '黄牌比例不能小于 0').max(1, '黄牌比例不能大于 1'),
  yellowMinDays: int(0, 30, '黄牌最少天数'),
  supervisionDays: int(1, 90, '督办天数'),
});

/** The tenant's local window (a local element a county may override). */
const windowSchema = z.strictObject({
  name: text(50, '窗口名称'),
  address: text(200, '窗口地址'),
  phone: text(50, '咨询电话'),
  hours: text(100, '办公时间'),
});

const topLevel = {
  badReviewFixDays: int(1, 90, '差评整改期限'),
  correctionStopsClock: z.boolean({ error: '补正是否停止计时必须为 true 或 false' }),
  excludeCreditFlaggedFromRongque: z.boolean({ error: '失信主体是否排除容缺必须为 true 或 false' }),
};

/** The complete settings of a tenant (every field present); unknown keys are rejected. */
export const settingsSchema = z.strictObject({ warning: warningSchema, ...topLevel, window: windowSchema });
export type Settings = z.infer<typeof settingsSchema>;

/** Deep partial of Settings: what a tenant stores as its own overrides and what PUT accepts. */
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

/** What PUT accepts: a deep partial where `null` removes the tenant's own value (it inherits again). */
export const settingsPutSchema = z.strictObject({
  warning: resettable(warningSchema).nullable().optional(),
  badReviewFixDays: topLevel.badReviewFixDays.nullable().optional(),
  correctionStopsClock: topLevel.correctionStopsClock.nullable().optional(),
  excludeCreditFlaggedFromRongque: topLevel.excludeCreditFlaggedFromRongque.nullable().optional(),
  window: resettable(windowSchema).nullable().optional(),
});

export const settingsViewSchema = z.object({
  tenantId: z.string(),
  effective: settingsSchema,
  own: settingsPatchSchema,
  inherited: settingsSchema,
});
export type SettingsView = z.infer<typeof settingsViewSchema>;
export type SettingsPutPatch = z.infer<typeof settingsPutSchema>;
