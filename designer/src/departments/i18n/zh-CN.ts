/** Simplified Chinese messages of the departments page. */
const zhCN = {
  title: '部门管理',
  create: '新建部门',
  createTitle: '新建部门',
  editTitle: '编辑部门',
  code: '部门编码',
  codeHint: '以小写字母开头，可含小写字母、数字和连字符，最多 32 位，如 scjg',
  name: '部门名称',
  search: '搜索部门编码或名称',
  userCount: '用户数',
  codeRequired: '请输入部门编码',
  codeFormat: '部门编码须以小写字母开头，仅含小写字母、数字和连字符，最多 32 位',
  nameRequired: '请输入部门名称',
  nameMax: '部门名称最多 {max} 字',
  created: '部门已创建',
  updated: '部门已保存',
  deleted: '部门已删除',
  deleteTitle: '删除部门',
  deleteConfirm: '确定删除部门“{name}”吗？此操作不可撤销。',
  hasUsers: '部门下仍有用户，不能删除',
  empty: '还没有部门，点击“新建部门”添加。',
};

export default zhCN;
