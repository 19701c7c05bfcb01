/**
 * The words of our `yilian/*` lint rules in zh-CN and English. A rule takes its locale from its
 * configuration (processLintConfig passes it) and builds every message through `lintText(locale)`.
 */
import type { ModdleElement } from '../moddle-types';

/** Languages lint messages come in; zh-CN is the default everywhere. */
export type LintLocale = 'zh-CN' | 'en';

/** The locale of a rule configuration (`{ locale }`), zh-CN when absent or unknown. */
export function lintLocaleOf(config: unknown): LintLocale {
  const locale = (config as { locale?: unknown } | undefined)?.locale;
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** An element for messages: `「名称」（id）` / `"name" (id)`, or the id alone. */
function labelOf(element: ModdleElement, locale: LintLocale): string {
  const name = (element.name ?? '').replace(/\s+/g, ' ').trim();
  const id = element.id ?? '';
  if (!name) return locale === 'en' ? ` ${id}` : id;
  return locale === 'en' ? ` "${name}" (${id})` : `「${name}」（${id}）`;
}

const ZH = {
  label: (element: ModdleElement) => labelOf(element, 'zh-CN'),
  exclusiveNoDefault: (gateway: string) => `排他网关${gateway}没有默认流，条件也不能保证覆盖所有情况：请设置一条默认流`,
  conditionLanguage: (kind: ConditionKind, language: string) => `${CONDITION_KIND_ZH[kind]}使用了 ${language} 表达式，只支持 FEEL`,
  conditionSource: (kind: ConditionKind, owner: string) => `${CONDITION_KIND_ZH[kind]}${owner}`,
  unknownVariable: (source: string, name: string, expression: string) => `${source}: 未知变量「${name}」 (${expression})`,
  syntaxError: (source: string, at: number | undefined, expression: string) =>
    at === undefined ? `${source}: 语法错误: ${expression}` : `${source}: 语法错误，位置 ${at}: ${expression}`,
  emptyExpression: (source: string) => `${source}: 表达式为空`,
  cannotEvaluate: (source: string, why: string, expression: string) => `${source}: 表达式无法求值：${why} (${expression})`,
  parallelCondition: (flow: string) => `并行网关的出口条件不会被判断（BPMN 忽略）：请删除顺序流${flow}的条件，或改用包容网关`,
  ignoredCondition: (flow: string) => `顺序流${flow}带条件，但只有排他或包容网关的出口才判断条件`,
  noPathToEnd: (node: string) => `从${node}出发的任何路径都到达不了结束事件`,
  splitNotJoined: (parallel: boolean, gateway: string) =>
    `${parallel ? '并行' : '包容'}网关${gateway}分出的分支没有在同一个并行或包容网关汇合`,
  unsupported: (element: string, why: string) => `${element}：${why}（流程引擎无法执行）`,
  unsupportedType: (type: string) => `不支持${UNSUPPORTED_TYPE_ZH[type] ?? type}`,
  blankEventsOnly: (definitions: string) => `只支持空白的开始和结束事件，不支持 ${definitions}`,
  timerBoundaryOnly: (definitions: string) => `边界事件只支持定时器（时限、提醒），不支持 ${definitions || '空白边界事件'}`,
  eventSubProcess: () => '不支持事件子流程',
  standardLoop: () => '不支持循环（标准循环特性）',
  multiInstanceUserTaskOnly: () => '只有用户任务可以设为多实例（会签、或签、依次）',
  invalidStep: (task: string, step: string) => `用户任务${task}的窗口环节「${step}」无效，应为 accept（受理）或 feedback（统一反馈）`,
  windowStepRole: (task: string, step: string) => `用户任务${task}是窗口环节（${step}），办理角色应为 window-clerk`,
  invalidMatter: (task: string, matter: string) => `用户任务${task}的事项编码「${matter}」无效（应为 12–14 位字母或数字）`,
  invalidTimeLimit: (task: string, value: string) => `用户任务${task}的办理时限「${value}」无效，应为工作日天数（非负整数）`,
  invalidReminder: (task: string, value: string) => `用户任务${task}的提醒天数「${value}」无效，应为到期前的工作日天数（非负整数）`,
  reminderWithoutLimit: (task: string) => `用户任务${task}设置了提醒，但没有有效的办理时限`,
  reminderTooLate: (task: string, before: number, limit: number) => `用户任务${task}的提醒天数（${before}）应小于办理时限（${limit}）`,
  permissionWithoutKey: (task: string) => `用户任务${task}的字段权限中有未填字段的条目`,
  invalidAccess: (task: string, key: string, access: string, allowed: string) =>
    `用户任务${task}对字段 ${key} 的权限「${access}」无效，应为 ${allowed}`,
  duplicatePermission: (task: string, key: string) => `用户任务${task}对字段 ${key} 重复设置了权限`,
  unknownPermissionKey: (task: string, key: string) => `用户任务${task}为表单中没有的字段 ${key} 设置了权限`,
  missingRole: (task: string) => `用户任务${task}未指定办理角色（yilian:role：reviewer 部门审批员，或 window-clerk 综合窗口）`,
  invalidRole: (task: string, role: string) => `用户任务${task}的办理角色「${role}」无效，应为 reviewer 或 window-clerk`,
  missingDepartment: (task: string) => `用户任务${task}由部门审批员办理，但未指定部门（yilian:department）`,
};

const EN: typeof ZH = {
  label: (element) => labelOf(element, 'en'),
  exclusiveNoDefault: (gateway) =>
    `Exclusive gateway${gateway} has no default flow and its conditions may not cover every case: set a default flow`,
  conditionLanguage: (kind, language) => `The ${CONDITION_KIND_EN[kind]} is written in ${language}; only FEEL is supported`,
  conditionSource: (kind, owner) => `${CONDITION_KIND_EN[kind]}${owner}`,
  unknownVariable: (source, name, expression) => `${source}: unknown variable "${name}" (${expression})`,
  syntaxError: (source, at, expression) =>
    at === undefined ? `${source}: syntax error: ${expression}` : `${source}: syntax error at ${at}: ${expression}`,
  emptyExpression: (source) => `${source}: the expression is empty`,
  cannotEvaluate: (source, why, expression) => `${source}: the expression cannot be evaluated: ${why} (${expression})`,
  parallelCondition: (flow) =>
    `Conditions leaving a parallel gateway are never evaluated (BPMN ignores them): remove the condition of sequence flow${flow}, or use an inclusive gateway`,
  ignoredCondition: (flow) => `Sequence flow${flow} has a condition, but only flows leaving exclusive or inclusive gateways are evaluated`,
  noPathToEnd: (node) => `No path from${node} reaches an end event`,
  splitNotJoined: (parallel, gateway) =>
    `The branches of ${parallel ? 'parallel' : 'inclusive'} gateway${gateway} do not meet again in one parallel or inclusive gateway`,
  unsupported: (element, why) => `${element.trim()}: ${why} (the process engine cannot run it)`,
  unsupportedType: (type) => `${UNSUPPORTED_TYPE_EN[type] ?? type} is not supported`,
  blankEventsOnly: (definitions) => `only blank start and end events are supported, not ${definitions}`,
  timerBoundaryOnly: (definitions) =>
    `boundary events must be timers (time limits, reminders), not ${definitions || 'a blank boundary event'}`,
  eventSubProcess: () => 'event sub-processes are not supported',
  standardLoop: () => 'loops (standard loop characteristics) are not supported',
  multiInstanceUserTaskOnly: () => 'only user tasks can be multi-instance (all, any, sequential)',
  invalidStep: (task, step) => `User task${task} has an invalid window step "${step}"; use accept or feedback`,
  windowStepRole: (task, step) => `User task${task} is a window step (${step}); its role must be window-clerk`,
  invalidMatter: (task, matter) => `User task${task} has an invalid matter code "${matter}" (12–14 letters or digits)`,
  invalidTimeLimit: (task, value) => `User task${task} has an invalid time limit "${value}"; give working days (a whole number ≥ 0)`,
  invalidReminder: (task, value) =>
    `User task${task} has an invalid reminder "${value}"; give working days before the deadline (a whole number ≥ 0)`,
  reminderWithoutLimit: (task) => `User task${task} has a reminder but no valid time limit`,
  reminderTooLate: (task, before, limit) => `User task${task}: the reminder (${before}) must be less than the time limit (${limit})`,
  permissionWithoutKey: (task) => `User task${task} has a field permission without a field`,
  invalidAccess: (task, key, access, allowed) => `User task${task} gives field ${key} an invalid access "${access}"; use ${allowed}`,
  duplicatePermission: (task, key) => `User task${task} sets the permission of field ${key} twice`,
  unknownPermissionKey: (task, key) => `User task${task} sets a permission for ${key}, which is not in the form`,
  missingRole: (task) =>
    `User task${task} has no assignee role (yilian:role: reviewer for a department reviewer, or window-clerk for the window)`,
  invalidRole: (task, role) => `User task${task} has an invalid role "${role}"; use reviewer or window-clerk`,
  missingDepartment: (task) => `User task${task} is handled by a department reviewer but names no department (yilian:department)`,
};

/** What a checked expression is. */
export type ConditionKind = 'branch' | 'completion';

const CONDITION_KIND_ZH: Readonly<Record<ConditionKind, string>> = { branch: '分支条件', completion: '多实例完成条件' };
const CONDITION_KIND_EN: Readonly<Record<ConditionKind, string>> = {
  branch: 'branch condition',
  completion: 'multi-instance completion condition',
};

/** Element types people meet most, in words. */
const UNSUPPORTED_TYPE_ZH: Readonly<Record<string, string>> = {
  'bpmn:Task': '未指定类型的任务',
  'bpmn:ManualTask': '手工任务',
  'bpmn:ScriptTask': '脚本任务',
  'bpmn:BusinessRuleTask': '业务规则任务',
  'bpmn:SendTask': '发送任务',
  'bpmn:ReceiveTask': '接收任务',
  'bpmn:ComplexGateway': '复杂网关',
  'bpmn:EventBasedGateway': '事件网关',
  'bpmn:IntermediateCatchEvent': '中间捕获事件',
  'bpmn:IntermediateThrowEvent': '中间抛出事件',
  'bpmn:Transaction': '事务子流程',
  'bpmn:AdHocSubProcess': '临时子流程',
  'bpmn:MessageFlow': '消息流',
};

const UNSUPPORTED_TYPE_EN: Readonly<Record<string, string>> = {
  'bpmn:Task': 'a task without a type',
  'bpmn:ManualTask': 'a manual task',
  'bpmn:ScriptTask': 'a script task',
  'bpmn:BusinessRuleTask': 'a business rule task',
  'bpmn:SendTask': 'a send task',
  'bpmn:ReceiveTask': 'a receive task',
  'bpmn:ComplexGateway': 'a complex gateway',
  'bpmn:EventBasedGateway': 'an event-based gateway',
  'bpmn:IntermediateCatchEvent': 'an intermediate catch event',
  'bpmn:IntermediateThrowEvent': 'an intermediate throw event',
  'bpmn:Transaction': 'a transaction',
  'bpmn:AdHocSubProcess': 'an ad-hoc sub-process',
  'bpmn:MessageFlow': 'a message flow',
};

/** The messages of our rules. */
export type LintText = typeof ZH;

/** Our rules' messages in `locale`. */
export function lintText(locale: LintLocale): LintText {
  return locale === 'en' ? EN : ZH;
}
