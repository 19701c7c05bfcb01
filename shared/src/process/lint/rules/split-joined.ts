/**
 * yilian/split-joined: the branches of a parallel (or inclusive) split meet again in one joining
 * parallel or inclusive gateway, so that the case continues once, with every branch done.
 */
import { is, one, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { boundariesByHost, isJoining, outgoing, reachableFrom, successors } from '../flow-graph';
import { lintLocaleOf, lintText } from '../lint-text';

const isSyncJoin = (node: ModdleElement): boolean =>
  (is(node, 'bpmn:ParallelGateway') || is(node, 'bpmn:InclusiveGateway')) && isJoining(node);

export const splitJoined: RuleFactory = (config) => {
  const t = lintText(lintLocaleOf(config));
  return {
  check(node, reporter) {
    if (!(is(node, 'bpmn:ParallelGateway') || is(node, 'bpmn:InclusiveGateway'))) return;
    const branches = outgoing(node);
    if (branches.length < 2 || !node.$parent) return;
    const boundaries = boundariesByHost(node.$parent);
    const next = (n: ModdleElement) => (n === node ? [] : successors(n, boundaries));
    let common: Set<ModdleElement> | undefined;
    for (const flow of branches) {
      const target = one(flow, 'targetRef');
      const joins = new Set(target ? [...reachableFrom(target, next)].filter(isSyncJoin) : []);
      common = common ? new Set([...common].filter((join) => joins.has(join))) : joins;
    }
    if (!common || common.size === 0) {
      reporter.report(node.id, t.splitNotJoined(is(node, 'bpmn:ParallelGateway'), t.label(node)));
    }
  },
};
};
