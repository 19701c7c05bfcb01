/** How a promised limit is written in a service guide (domain.md §4): 即办, or 自受理之日起N个工作日办结. */
export function promisedLimitText(days: number): string {
  return days === 0 ? '即办' : `自受理之日起${days}个工作日办结`;
}

/** How a legal limit is written: N个工作日 (法定). */
export const legalLimitText = (days: number): string => `${days}个工作日`;

/** Fee wording: "不收费" for no fee, never "无". */
export function feeText(fees: readonly string[]): string {
  const charged = [...new Set(fees.map((f) => f.trim()).filter((f) => f !== '' && f !== '无' && f !== '不收费'))];
  return charged.length === 0 ? '不收费' : charged.join('；');
}

const FORMS: Record<string, string> = { electronic: '电子件', original: '原件', copy: '复印件' };

/** The zh-CN name of a material form. */
export const materialFormText = (form: string): string => FORMS[form] ?? form;
