/**
 * yilian/path-to-end: from every flow node some path reaches an end event of its process or
 * sub-process (a loop without exit, or a branch into a dead end, would leave a case open forever).
 * Nodes without outgoing flows are bpmnlint's `no-implicit-end`; containers without any end event
 * are `end-event-required`.
 */
import { is, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { boundariesByHost, flowNodesIn, outgoing, successors } from '../flow-graph';
import { lintLocaleOf, lintText } from '../lint-text';

/** Nodes of a container from which an end event is reachable (backwards search from the ends). */
function nodesReachingAnEnd(container: ModdleElement): Set<ModdleElement> {
  const nodes = flowNodesIn(container);
  const boundaries = boundariesByHost(container);
  const predecessors = new Map<ModdleElement, ModdleElement[]>();
  for (const node of nodes) {
    for (const next of successors(node, boundaries)) predecessors.set(next, [...(predecessors.get(next) ?? []), node]);
  }
  const reaching = new Set(nodes.filter((node) => is(node, 'bpmn:EndEvent')));
  const stack = [...reaching];
  while (stack.length > 0) {
    for (const previous of predecessors.get(stack.pop()!) ?? []) {
      if (reaching.has(previous)) continue;
      reaching.add(previous);
      stack.push(previous);
    }
  }
  return reaching;
}

export const pathToEnd: RuleFactory = (config) => {
  const t = lintText(lintLocaleOf(config));
  return {
  check(node, reporter) {
    if (!is(node, 'bpmn:Process') && !is(node, 'bpmn:SubProcess')) return;
    if (node.get('triggeredByEvent') === true) return;
    const nodes = flowNodesIn(node);
    if (!nodes.some((n) => is(n, 'bpmn:EndEvent'))) return;
    const reaching = nodesReachingAnEnd(node);
    for (const flowNode of nodes) {
      if (reaching.has(flowNode) || outgoing(flowNode).length === 0 || is(flowNode, 'bpmn:BoundaryEvent')) continue;
      reporter.report(flowNode.id, t.noPathToEnd(t.label(flowNode)));
    }
  },
};
};
