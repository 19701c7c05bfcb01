/** zh-CN texts for bpmnlint's built-in rule messages (ours are written in zh-CN already). */

const EXACT: Readonly<Record<string, string>> = {
  'Element is missing bpmndi': '元素缺少图形信息（BPMN DI），无法显示',
  'Element is outside of parent boundary': '元素超出了所在容器的边界',
  'Element overlaps with other element': '元素与其他元素重叠',
  'A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional': '事件网关的出口顺序流不能带条件',
  'Sequence flow is missing condition': '顺序流缺少条件：条件分叉的每条出口都需要条件，或设为默认流',
  'A <Start Event> is not allowed in <Ad Hoc Sub Process>': '临时子流程中不允许开始事件',
  'An <End Event> is not allowed in <Ad Hoc Sub Process>': '临时子流程中不允许结束事件',
  'Start event is missing event definition': '开始事件缺少事件定义',
  'Start event must be blank': '开始事件必须是空白开始事件',
  'Link event is missing link name': '链接事件缺少链接名称',
  'An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>': '事件网关至少需要两条出口顺序流',
  'Conditional event is missing a condition': '条件事件缺少条件',
  'Element is an implicit end': '元素没有出口，成了隐式结束：请连到结束事件',
  'Element is an implicit start': '元素没有入口，成了隐式开始：请从开始事件连入',
  'Element is missing label/name': '元素缺少名称',
  'Element is not connected': '元素没有连线',
  'Event has multiple event definitions': '事件有多个事件定义',
  'Flow splits implicitly': '任务直接分出多条流（隐式分叉）：请使用网关',
  'Gateway forks and joins': '网关同时汇合又分叉：请拆成一个汇合网关和一个分叉网关',
  'Gateway is superfluous. It only has one source and target.': '网关多余：只有一条入口和一条出口',
  'Incoming flows do not join': '多条入口流在此不会等待汇合：请使用汇合网关',
  'Sequence flow has superfluous label': '无条件的顺序流不需要名称',
  'SequenceFlow is a duplicate': '重复的顺序流',
  'Termination is superfluous.': '终止结束事件多余',
  'Element is missing name': '元素缺少名称',
  'Element is unused': '元素未被使用',
  'Element name is not unique': '元素名称重复',
  'Duplicate outgoing sequence flows': '存在重复的出口顺序流',
  'Duplicate incoming sequence flows': '存在重复的入口顺序流',
};

const CONTAINER: Readonly<Record<string, string>> = { Process: '流程', 'Sub process': '子流程' };

const PATTERNS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^Element type <(.+)> is discouraged$/, (type) => `不建议使用元素类型 ${type}`],
  [/^(Process|Sub process) has multiple blank start events$/, (c) => `${CONTAINER[c] ?? c}有多个空白开始事件`],
  [/^(Process|Sub process) is missing end event$/, (c) => `${CONTAINER[c] ?? c}缺少结束事件`],
  [/^(Process|Sub process) is missing start event$/, (c) => `${CONTAINER[c] ?? c}缺少开始事件`],
  [/^Duplicate link catch event with link name <(.*)> in scope$/, (n) => `同一范围内有重复的链接捕获事件「${n}」`],
  [/^Link (catch|throw) event with link name <(.*)> missing in scope$/, (kind, n) => `同一范围内缺少名为「${n}」的链接${kind === 'catch' ? '捕获' : '抛出'}事件`],
  [/^Element has a non-standard (width|height); expected \w+ of (\d+)$/, (what, n) => `元素${what === 'width' ? '宽度' : '高度'}不标准，应为 ${n}`],
];

/** A bpmnlint message in zh-CN; messages already in zh-CN (or unknown) come back unchanged. */
export function translateLintMessage(message: string): string {
  const exact = EXACT[message];
  if (exact !== undefined) return exact;
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
