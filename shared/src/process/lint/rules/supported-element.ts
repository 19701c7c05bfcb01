/**
 * yilian/supported-element: only what the engine runs (architecture.md "Processes") — start/end
 * events, user and service tasks, exclusive/parallel/inclusive gateways, sub-processes, call
 * activities, timer boundary events, multi-instance user tasks, sequence flows — plus what only
 * draws (annotations, associations, groups, data objects and stores, lanes, pools). Anything else
 * imports and exports fine but is named here, so a model using it cannot be published.
 */
import { is, many, one, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { label } from '../flow-graph';

/** Flow elements the engine runs, by exact type. */
const RUN = new Set([
  'bpmn:StartEvent',
  'bpmn:EndEvent',
  'bpmn:UserTask',
  'bpmn:ServiceTask',
  'bpmn:ExclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:InclusiveGateway',
  'bpmn:SubProcess',
  'bpmn:CallActivity',
  'bpmn:BoundaryEvent',
  'bpmn:SequenceFlow',
]);

/** Flow elements that only carry drawing or documentation, by exact type. */
const DRAW_ONLY = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** zh-CN names of the element types people meet most. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
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

const typeName = (element: ModdleElement): string => TYPE_NAMES[element.$type] ?? element.$type;

const eventDefinitionTypes = (event: ModdleElement): string[] => many(event, 'eventDefinitions').map((d) => d.$type);

/** Why the engine cannot run this flow element, or null when it can. */
function unsupported(element: ModdleElement): string | null {
  if (DRAW_ONLY.has(element.$type)) return null;
  if (!RUN.has(element.$type)) return `不支持${typeName(element)}`;
  if (is(element, 'bpmn:StartEvent') || is(element, 'bpmn:EndEvent')) {
    const definitions = eventDefinitionTypes(element);
    if (definitions.length > 0) return `只支持空白的开始和结束事件，不支持 ${definitions.join('、')}`;
  }
  if (is(element, 'bpmn:BoundaryEvent')) {
    const definitions = eventDefinitionTypes(element);
    if (definitions.length !== 1 || definitions[0] !== 'bpmn:TimerEventDefinition') {
      return `边界事件只支持定时器（时限、提醒），不支持 ${definitions.join('、') || '空白边界事件'}`;
    }
  }
  if (is(element, 'bpmn:SubProcess') && element.get('triggeredByEvent') === true) return '不支持事件子流程';
  const loop = is(element, 'bpmn:Activity') ? one(element, 'loopCharacteristics') : undefined;
  if (loop && !is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) return '不支持循环（标准循环特性）';
  if (loop && !is(element, 'bpmn:UserTask')) return '只有用户任务可以设为多实例（会签、或签、依次）';
  return null;
}

export const supportedElement: RuleFactory = () => ({
  check(node, reporter) {
    if (is(node, 'bpmn:FlowElement')) {
      const why = unsupported(node);
      if (why) reporter.report(node.id, `${label(node)}：${why}（流程引擎无法执行）`);
      return;
    }
    if (is(node, 'bpmn:MessageFlow') || is(node, 'bpmn:ConversationNode') || is(node, 'bpmn:Choreography')) {
      reporter.report(node.id, `${label(node)}：不支持${typeName(node)}（流程引擎无法执行）`);
    }
  },
});
