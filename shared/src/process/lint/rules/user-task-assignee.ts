/** yilian/user-task-assignee: every user task names who handles it (a role, and a department for reviewers). */
import { is, type RuleFactory } from '../../moddle-types';
import { YILIAN_ROLES, yilianAttributes } from '../../yilian-extension';
import { label } from '../flow-graph';

export const userTaskAssignee: RuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const { role, department } = yilianAttributes(node);
    if (role === undefined || role.trim() === '') {
      reporter.report(node.id, `用户任务${label(node)}未指定办理角色（yilian:role：reviewer 部门审批员，或 window-clerk 综合窗口）`, ['yilian:role']);
    } else if (!(YILIAN_ROLES as readonly string[]).includes(role)) {
      reporter.report(node.id, `用户任务${label(node)}的办理角色「${role}」无效，应为 reviewer 或 window-clerk`, ['yilian:role']);
    } else if (role === 'reviewer' && (department ?? '').trim() === '') {
      reporter.report(node.id, `用户任务${label(node)}由部门审批员办理，但未指定部门（yilian:department）`, ['yilian:department']);
    }
  },
});
