/**
 * yilian/supported-element: only what the engine runs (architecture.md "Processes") — start/end
 * events, user and service tasks, exclusive/parallel/inclusive gateways, sub-processes, call
 * activities, timer boundary events, multi-instance user tasks, sequence flows — plus what only
 * draws (annotations, associations, groups, data objects and stores, lanes, pools). Anything else
 * imports and exports fine but is named here, so a model using it cannot be published.
 */
import { is, many, one, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { lintLocaleOf, lintText, type LintText } from '../lint-text';

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

const eventDefinitionTypes = (event: ModdleElement): string[] => many(event, 'eventDefinitions').map((d) => d.$type);

/** Why the engine cannot run this flow element, or null when it can. */
function unsupported(element: ModdleElement, t: LintText): string | null {
  if (DRAW_ONLY.has(element.$type)) return null;
  if (!RUN.has(element.$type)) return t.unsupportedType(element.$type);
  if (is(element, 'bpmn:StartEvent') || is(element, 'bpmn:EndEvent')) {
    const definitions = eventDefinitionTypes(element);
    if (definitions.length > 0) return t.blankEventsOnly(definitions.join(', '));
  }
  if (is(element, 'bpmn:BoundaryEvent')) {
    const definitions = eventDefinitionTypes(element);
    if (definitions.length !== 1 || definitions[0] !== 'bpmn:TimerEventDefinition') {
      return t.timerBoundaryOnly(definitions.join(', '));
    }
  }
  if (is(element, 'bpmn:SubProcess') && element.get('triggeredByEvent') === true) return t.eventSubProcess();
  const loop = is(element, 'bpmn:Activity') ? one(element, 'loopCharacteristics') : undefined;
  if (loop && !is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) return t.standardLoop();
  if (loop && !is(element, 'bpmn:UserTask')) return t.multiInstanceUserTaskOnly();
  return null;
}

export const supportedElement: RuleFactory = (config) => {
  const t = lintText(lintLocaleOf(config));
  return {
  check(node, reporter) {
    if (is(node, 'bpmn:FlowElement')) {
      const why = unsupported(node, t);
      if (why) reporter.report(node.id, t.unsupported(t.label(node), why));
      return;
    }
    if (is(node, 'bpmn:MessageFlow') || is(node, 'bpmn:ConversationNode') || is(node, 'bpmn:Choreography')) {
      reporter.report(node.id, t.unsupported(t.label(node), t.unsupportedType(node.$type)));
    }
  },
};
};
