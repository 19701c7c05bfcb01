import type zhCN from './zh-CN';

/** English messages of the audit page; typed by the zh-CN catalog. */
const en: typeof zhCN = {
  title: 'Audit log',
  seq: 'No.',
  at: 'Time',
  tenant: 'Tenant',
  actor: 'Actor',
  action: 'Action',
  target: 'Target',
  before: 'Before',
  after: 'After',
  system: 'System',
  actionFilter: 'Filter by action, e.g. user.create',
  verify: 'Verify hash chain',
  verifyOk: 'Hash chain intact: all {count} entries verified',
  verifyBroken: 'Hash chain broken at entry {seq}',
  kind: {
    altered_entry: 'An entry was altered (its content or hashes rewritten)',
    missing_tail: 'Entries are missing at the end (the log was truncated or wiped)',
    missing_checkpoint: 'A signed checkpoint is missing',
    forged_checkpoint: 'A signed checkpoint is forged',
  },
  reason: 'Reason code: {reason}',
  empty: 'No audit entries',
};

export default en;
