/** Simplified Chinese messages of the audit page. */
const zhCN = {
  title: '审计日志',
  seq: '序号',
  at: '时间',
  tenant: '租户',
  actor: '操作人',
  action: '操作',
  target: '对象',
  before: '变更前',
  after: '变更后',
  system: '系统',
  actionFilter: '按操作筛选，如 user.create',
  verify: '校验哈希链',
  verifyOk: '哈希链完整：{count} 条记录全部校验通过',
  verifyBroken: '哈希链在第 {seq} 条记录处断裂',
  kind: {
    altered_entry: '记录被篡改（内容或哈希被改写）',
    missing_tail: '末尾记录缺失（日志被截断或清空）',
    missing_checkpoint: '签名检查点缺失',
    forged_checkpoint: '签名检查点被伪造',
  },
  reason: '原因代码：{reason}',
  empty: '暂无审计记录',
};

export default zhCN;
