/** The fee wording rule of domain.md §4: write "不收费", never "无". */

/** The required wording for a matter without a fee. */
export const NO_FEE = '不收费';

/** True when the fee text is the forbidden "无" (instead of "不收费"). */
export function isForbiddenNoFee(fee: string): boolean {
  return fee.trim() === '无';
}
