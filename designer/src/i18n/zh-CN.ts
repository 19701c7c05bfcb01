/** Simplified Chinese messages of the designer (merged into the shell's catalog). */
const zhCN = {
  designer: {
    name: '管理后台',
    appTitle: '一链办理 · 管理后台',
  },
  adminNav: {
    dashboard: '首页',
    portal: '办事大厅',
  },
  dashboard: {
    welcome: '{name}，欢迎使用一链办理管理后台',
    tenant: '当前租户：{name}',
    open: '进入',
    noPages: '当前角色暂无可用的管理功能。',
  },
  /** Domain vocabulary in coded messages' parameters, used by several features. */
  domain: {
    /** How two field definitions differ (@yilian/shared DefinitionAspect). */
    aspects: {
      type: '类型不同',
      options: '选项集合不同',
      columns: '表格列不同',
      constraints: '取值范围、长度或格式要求不同',
      separator: '；',
    },
    /** Field types (@yilian/shared FIELD_TYPES) by their Chinese names. */
    fieldTypes: {
      text: '文本',
      textarea: '多行文本',
      number: '数字',
      integer: '整数',
      date: '日期',
      datetime: '日期时间',
      select: '单选',
      multiselect: '多选',
      boolean: '是/否',
      idcard: '身份证号',
      uscc: '统一社会信用代码',
      mobile: '手机号',
      email: '电子邮箱',
      address: '地址',
      area: '面积（㎡）',
      money: '金额（元）',
      file: '附件',
      table: '表格',
    },
    /** A field's limits in words (min, max, maxLength, pattern). */
    constraints: {
      min: '最小值 {value}',
      max: '最大值 {value}',
      maxLength: '最多 {value} 个字',
      pattern: '格式须符合 {value}',
      separator: '，',
    },
  },
};

export type DesignerMessageSchema = typeof zhCN;
export default zhCN;
