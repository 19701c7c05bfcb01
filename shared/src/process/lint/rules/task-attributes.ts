/**
 * yilian/task-attributes: the yilian values of a user task are valid — step, working-day limits,
 * matter code and field permissions (the model keeps bad values; this rule names them).
 */
import { MATTER_CODE } from '../../../catalog';
import { is, type RuleFactory } from '../../moddle-types';
import { FIELD_ACCESS_VALUES, fieldPermissionEntries, isFieldAccess, workingDays, YILIAN_STEPS, yilianAttributes } from '../../yilian-extension';
import { lintLocaleOf, lintText } from '../lint-text';

/** Rule configuration: the chain's field keys (optional; unknown permission keys are reported when given). */
export interface TaskAttributesConfig {
  fieldKeys?: readonly string[];
}

export const taskAttributes: RuleFactory = (config) => {
  const fieldKeys = (config as TaskAttributesConfig | undefined)?.fieldKeys;
  const known = fieldKeys && fieldKeys.length > 0 ? new Set(fieldKeys) : undefined;
  const t = lintText(lintLocaleOf(config));
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:UserTask')) return;
      const task = t.label(node);
      const { step, role, matter, timeLimit, reminder } = yilianAttributes(node);
      if (step !== undefined && !(YILIAN_STEPS as readonly string[]).includes(step)) {
        reporter.report(node.id, t.invalidStep(task, step), ['yilian:step']);
      } else if (step !== undefined && role !== undefined && role !== 'window-clerk') {
        reporter.report(node.id, t.windowStepRole(task, step), ['yilian:role']);
      }
      if (matter !== undefined && !MATTER_CODE.test(matter)) {
        reporter.report(node.id, t.invalidMatter(task, matter), ['yilian:matter']);
      }
      const limit = workingDays(timeLimit);
      if (timeLimit !== undefined && limit === null) {
        reporter.report(node.id, t.invalidTimeLimit(task, timeLimit), ['yilian:timeLimit']);
      }
      const before = workingDays(reminder);
      if (reminder !== undefined && before === null) {
        reporter.report(node.id, t.invalidReminder(task, reminder), ['yilian:reminder']);
      } else if (before !== null && limit === null) {
        reporter.report(node.id, t.reminderWithoutLimit(task), ['yilian:reminder']);
      } else if (before !== null && limit !== null && before >= limit && limit > 0) {
        reporter.report(node.id, t.reminderTooLate(task, before, limit), ['yilian:reminder']);
      }
      const seen = new Set<string>();
      for (const entry of fieldPermissionEntries(node)) {
        if (entry.key.trim() === '') {
          reporter.report(node.id, t.permissionWithoutKey(task), ['extensionElements']);
          continue;
        }
        if (!isFieldAccess(entry.access)) {
          reporter.report(node.id, t.invalidAccess(task, entry.key, entry.access, FIELD_ACCESS_VALUES.join(' / ')), ['extensionElements']);
        }
        if (seen.has(entry.key)) reporter.report(node.id, t.duplicatePermission(task, entry.key), ['extensionElements']);
        else if (known && !known.has(entry.key)) reporter.report(node.id, t.unknownPermissionKey(task, entry.key), ['extensionElements']);
        seen.add(entry.key);
      }
    },
  };
};
