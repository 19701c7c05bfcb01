/**
 * yilian/task-attributes: the yilian values of a user task are valid — step, working-day limits,
 * matter code and field permissions (the model keeps bad values; this rule names them).
 */
import { MATTER_CODE } from '../../../catalog';
import { is, type RuleFactory } from '../../moddle-types';
import { FIELD_ACCESS_VALUES, fieldPermissionEntries, isFieldAccess, workingDays, YILIAN_STEPS, yilianAttributes } from '../../yilian-extension';
import { label } from '../flow-graph';

/** Rule configuration: the chain's field keys (optional; unknown permission keys are reported when given). */
export interface TaskAttributesConfig {
  fieldKeys?: readonly string[];
}

export const taskAttributes: RuleFactory = (config) => {
  const fieldKeys = (config as TaskAttributesConfig | undefined)?.fieldKeys;
  const known = fieldKeys && fieldKeys.length > 0 ? new Set(fieldKeys) : undefined;
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:UserTask')) return;
      const task = label(node);
      const { step, role, matter, timeLimit, reminder } = yilianAttributes(node);
      if (step !== undefined && !(YILIAN_STEPS as readonly string[]).includes(step)) {
        reporter.report(node.id, `用户任务${task}的窗口环节「${step}」无效，应为 accept（受理）或 feedback（统一反馈）`, ['yilian:step']);
      } else if (step !== undefined && role !== undefined && role !== 'window-clerk') {
        reporter.report(node.id, `用户任务${task}是窗口环节（${step}），办理角色应为 window-clerk`, ['yilian:role']);
      }
      if (matter !== undefined && !MATTER_CODE.test(matter)) {
        reporter.report(node.id, `用户任务${task}的事项编码「${matter}」无效（应为 12–14 位字母或数字）`, ['yilian:matter']);
      }
      const limit = workingDays(timeLimit);
      if (timeLimit !== undefined && limit === null) {
        reporter.report(node.id, `用户任务${task}的办理时限「${timeLimit}」无效，应为工作日天数（非负整数）`, ['yilian:timeLimit']);
      }
      const before = workingDays(reminder);
      if (reminder !== undefined && before === null) {
        reporter.report(node.id, `用户任务${task}的提醒天数「${reminder}」无效，应为到期前的工作日天数（非负整数）`, ['yilian:reminder']);
      } else if (before !== null && limit === null) {
        reporter.report(node.id, `用户任务${task}设置了提醒，但没有有效的办理时限`, ['yilian:reminder']);
      } else if (before !== null && limit !== null && before >= limit && limit > 0) {
        reporter.report(node.id, `用户任务${task}的提醒天数（${before}）应小于办理时限（${limit}）`, ['yilian:reminder']);
      }
      const seen = new Set<string>();
      for (const entry of fieldPermissionEntries(node)) {
        if (entry.key.trim() === '') {
          reporter.report(node.id, `用户任务${task}的字段权限中有未填字段的条目`, ['extensionElements']);
          continue;
        }
        if (!isFieldAccess(entry.access)) {
          reporter.report(node.id, `用户任务${task}对字段 ${entry.key} 的权限「${entry.access}」无效，应为 ${FIELD_ACCESS_VALUES.join(' / ')}`, ['extensionElements']);
        }
        if (seen.has(entry.key)) reporter.report(node.id, `用户任务${task}对字段 ${entry.key} 重复设置了权限`, ['extensionElements']);
        else if (known && !known.has(entry.key)) reporter.report(node.id, `用户任务${task}为表单中没有的字段 ${entry.key} 设置了权限`, ['extensionElements']);
        seen.add(entry.key);
      }
    },
  };
};
