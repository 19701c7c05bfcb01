/** zh-CN error messages and small building blocks shared by the catalog schemas. */
import { z } from 'zod';

/** Message for a key that is missing. */
export const REQUIRED = '必填';

/** zod error callback: `必填` when the value is missing, otherwise the given message. */
export function requiredOr(message: string) {
  return (issue: { input?: unknown }): string => (issue.input === undefined ? REQUIRED : message);
}

/** "必须为 a、b、c 之一". */
export function oneOf(values: readonly string[]): string {
  return `必须为 ${values.join('、')} 之一`;
}

/** A string with at least one non-blank character. */
export function nonEmptyText() {
  return z.string({ error: requiredOr('必须为文本') }).regex(/\S/, { error: '不能为空' });
}

/** Free text that may be empty. */
export function optionalText() {
  return z.string({ error: '必须为文本' }).optional();
}

/** An integer ≥ min. */
export function integerAtLeast(min: number) {
  return z
    .number({ error: requiredOr('必须为数字') })
    .int({ error: '必须为整数' })
    .min(min, { error: min === 0 ? '不能为负数' : `不能小于 ${min}` });
}

/** true or false. */
export function flag() {
  return z.boolean({ error: requiredOr('必须为 true 或 false') });
}

/** An enum with a zh-CN message listing the allowed values. */
export function oneOfEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: requiredOr(oneOf(values)) });
}

/** A field `pattern` that does not compile. */
export const PATTERN_INVALID = '不是有效的正则表达式';

/** A field `pattern` that may backtrack catastrophically (ReDoS). */
export const PATTERN_CATASTROPHIC =
  '正则表达式可能引发灾难性回溯（同一输入可按多种方式匹配，如 (a+)+、(a|a)*、(\\w+\\s?)+），请改写为无歧义的写法';

/** A field `pattern` the backtracking check cannot read. */
export const PATTERN_UNCHECKABLE = '无法检查该正则表达式的回溯风险（不支持的写法，如命名分组 (?<名称>…)），请改写';
