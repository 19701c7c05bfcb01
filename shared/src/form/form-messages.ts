/** Messages of form problems by code, in zh-CN and English; `{name}` placeholders take the params. */
import type { FormProblem } from './form-schema';

export type FormLocale = 'zh-CN' | 'en';

export const FORM_MESSAGES: Readonly<Record<FormLocale, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    required: '{label}为必填项',
    type: '{label}的值类型不正确',
    option: '{label}须从选项中选择',
    pattern: '{label}格式不正确',
    minimum: '{label}不能小于 {limit}',
    maximum: '{label}不能大于 {limit}',
    maxLength: '{label}最多 {limit} 个字',
    integer: '{label}须为整数',
    money: '{label}最多保留两位小数',
    date: '{label}须为 YYYY-MM-DD 日期',
    datetime: '{label}须为带时区的日期时间',
    idcard: '{label}不是有效的居民身份证号码',
    idcardUpper: '{label}末位校验码 X 须大写',
    uscc: '{label}不是有效的统一社会信用代码',
    mobile: '{label}不是有效的手机号码',
    email: '{label}不是有效的电子邮箱',
    region: '{label}须选择到区县',
    file: '{label}的文件信息不完整',
    readOnly: '{label}在本环节不可修改',
    unresolved_conflict: '字段 {key} 的定义冲突尚未解决',
  },
  en: {
    required: '{label} is required',
    type: '{label} has a value of the wrong type',
    option: '{label} must be one of the options',
    pattern: '{label} has the wrong format',
    minimum: '{label} must be at least {limit}',
    maximum: '{label} must be at most {limit}',
    maxLength: '{label} takes at most {limit} characters',
    integer: '{label} must be a whole number',
    money: '{label} takes at most two decimals',
    date: '{label} must be a date (YYYY-MM-DD)',
    datetime: '{label} must be a date and time with a time zone',
    idcard: '{label} is not a valid resident ID card number',
    idcardUpper: '{label}: the check character X must be upper case',
    uscc: '{label} is not a valid unified social credit code',
    mobile: '{label} is not a valid mobile number',
    email: '{label} is not a valid e-mail address',
    region: '{label}: choose a county-level region',
    file: '{label}: the file entry is incomplete',
    readOnly: '{label} cannot be changed in this step',
    unresolved_conflict: 'The definitions of field {key} still conflict',
  },
};

/** The text of a message code with its params, in the locale (zh-CN when the code is unknown there). */
export function formMessage(code: string, params: Readonly<Record<string, string | number>> = {}, locale: FormLocale = 'zh-CN'): string {
  const template = FORM_MESSAGES[locale][code] ?? FORM_MESSAGES['zh-CN'][code] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A problem for a field with its zh-CN message. */
export function formProblem(path: string, code: string, params: Record<string, string | number>): FormProblem {
  return { path, code, params, message: formMessage(code, params) };
}
