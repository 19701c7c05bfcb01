/**
 * A matter's standard elements (三级十同, domain.md §4): the same at city, county and town level,
 * so only city administrators change them. Keys of the catalog format, with their zh-CN names.
 */
export const LOCKED_ELEMENTS: Record<string, string> = {
  name: '事项名称',
  code: '事项编码',
  type: '事项类型',
  legalBasis: '设定依据',
  conditions: '受理条件',
  materials: '申请材料',
  steps: '办理流程',
  legalLimitDays: '法定时限',
  promisedLimitDays: '承诺时限',
  fee: '收费标准',
  result: '办理结果',
};

/** Local elements a county or zone sets for its own window (part of the API contract). */
export { LOCAL_ELEMENTS, type LocalElement } from '@yilian/shared';
