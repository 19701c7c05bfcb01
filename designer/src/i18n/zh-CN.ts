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
      constraints: '取值限制（min/max/maxLength/pattern）不同',
      separator: '；',
    },
  },
};

export type DesignerMessageSchema = typeof zhCN;
export default zhCN;
