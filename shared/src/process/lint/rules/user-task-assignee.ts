/** yilian/user-task-assignee: every user task names who handles it (a role, and a department for reviewers). */
import { is, type RuleFactory } from '../../moddle-types';
import { YILIAN_ROLES, yilianAttributes } from '../../yilian-extension';
import { lintLocaleOf, lintText } from '../lint-text';

export const userTaskAssignee: RuleFactory = (config) => {
  const t = lintText(lintLocaleOf(config));
  return {
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const { role, department } = yilianAttributes(node);
    if (role === undefined || role.trim() === '') {
      reporter.report(node.id, t.missingRole(t.label(node)), ['yilian:role']);
    } else if (!(YILIAN_ROLES as readonly string[]).includes(role)) {
      reporter.report(node.id, t.invalidRole(t.label(node), role), ['yilian:role']);
    } else if (role === 'reviewer' && (department ?? '').trim() === '') {
      reporter.report(node.id, t.missingDepartment(t.label(node)), ['yilian:department']);
    }
  },
};
};
