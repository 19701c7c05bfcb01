/** Checking situation answers (情形回答) against the situation questions of a chain. */
import type { MessageParam } from '../messages';
import { isIsoDate } from '../time';
import type { FieldType } from './field-types';
import type { Situation } from './types';

/** One problem with an answer; `path` is `answers.<key>`, `message` zh-CN. */
export interface AnswerProblem {
  path: string;
  message: string;
  /** `unknown_situation` (params: key) or `answer_type` (params: key, type, options: the allowed values of a choice). */
  code: 'unknown_situation' | 'answer_type';
  params: Record<string, MessageParam>;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** The reason a value does not fit a situation, or undefined when it fits. */
function typeProblem(situation: Situation, value: unknown): string | undefined {
  const options = situation.options ?? [];
  const type: FieldType = situation.type;
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : '必须为 true 或 false';
    case 'number':
    case 'area':
    case 'money':
      return isNumber(value) ? undefined : '必须为数字';
    case 'integer':
      return isNumber(value) && Number.isInteger(value) ? undefined : '必须为整数';
    case 'date':
      return isText(value) && isIsoDate(value) ? undefined : '必须为 YYYY-MM-DD 日期';
    case 'select':
      return isText(value) && options.includes(value) ? undefined : `必须为 ${options.join('、')} 之一`;
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => isText(v) && options.includes(v))
        ? undefined
        : `必须为 ${options.join('、')} 中若干项组成的数组`;
    case 'file':
    case 'table':
      return Array.isArray(value) ? undefined : '必须为数组';
    case 'address':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? undefined : '必须为地址对象';
    default:
      return isText(value) ? undefined : '必须为文本';
  }
}

/**
 * Every problem of `answers` against `situations`: a key no situation asks (`未知情形`) or a value
 * of the wrong type for its question. `null` means "not answered" and always fits.
 */
export function checkSituationAnswers(situations: readonly Situation[], answers: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const byKey = new Map(situations.map((s) => [s.key, s]));
  const problems: AnswerProblem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const path = `answers.${key}`;
    const situation = byKey.get(key);
    if (situation === undefined) {
      problems.push({ path, message: `${path}: 未知情形 ${key}`, code: 'unknown_situation', params: { key } });
      continue;
    }
    const problem = value === null ? undefined : typeProblem(situation, value);
    if (problem !== undefined) {
      const params = { key, type: situation.type, options: situation.options ?? [] };
      problems.push({ path, message: `${path}: ${problem}`, code: 'answer_type', params });
    }
  }
  return problems;
}
