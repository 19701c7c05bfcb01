/**
 * yilian/exclusive-default: a forking exclusive gateway has a default flow, or conditions that
 * visibly cover every case (one is `true`, or two are each other's negation), so no case gets stuck.
 */
import { is, one, text, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { outgoing } from '../flow-graph';
import { lintLocaleOf, lintText } from '../lint-text';

const squeeze = (expression: string): string => expression.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1');

const COMPLEMENT: Readonly<Record<string, string>> = { '>=': '<', '<': '>=', '<=': '>', '>': '<=', '=': '!=', '!=': '=' };

/** A simple comparison `left op right` (no other operators), or null. */
function comparison(expression: string): { left: string; op: string; right: string } | null {
  const match = /^([^<>=!]+)(>=|<=|!=|=|<|>)([^<>=!]+)$/.exec(expression);
  return match ? { left: match[1]!, op: match[2]!, right: match[3]! } : null;
}

/** `a >= 1` and `a < 1`, `x` and `not(x)`, `b = true` and `b = false`: one of them always holds (for answered keys). */
function complementary(first: string, second: string): boolean {
  if (first === `not(${second})` || second === `not(${first})`) return true;
  const a = comparison(first);
  const b = comparison(second);
  if (!a || !b || a.left !== b.left) return false;
  if (a.right === b.right && COMPLEMENT[a.op] === b.op) return true;
  const booleans = new Set([a.right, b.right]);
  return a.op === '=' && b.op === '=' && booleans.has('true') && booleans.has('false');
}

function conditionOf(flow: ModdleElement): string | undefined {
  const expression = one(flow, 'conditionExpression');
  return expression ? squeeze(text(expression, 'body') ?? '') : undefined;
}

export const exclusiveDefault: RuleFactory = (config) => {
  const t = lintText(lintLocaleOf(config));
  return {
  check(node, reporter) {
    if (!is(node, 'bpmn:ExclusiveGateway')) return;
    const flows = outgoing(node);
    if (flows.length < 2 || one(node, 'default')) return;
    const conditions = flows.map(conditionOf);
    const written = conditions.filter((c): c is string => c !== undefined && c !== '');
    const complete =
      written.length === flows.length &&
      (written.includes('true') || written.some((c, i) => written.some((d, j) => i !== j && complementary(c, d))));
    if (!complete) {
      reporter.report(node.id, t.exclusiveNoDefault(t.label(node)), ['default']);
    }
  },
};
};
