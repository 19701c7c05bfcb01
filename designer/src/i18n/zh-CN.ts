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
};

export type DesignerMessageSchema = typeof zhCN;
export default zhCN;
