/** Graph helpers over a moddle process for our lint rules. */
import { is, many, one, type ModdleElement } from '../moddle-types';

/** `「名称」（id）`, or the id alone, for messages. */
export function label(element: ModdleElement): string {
  const name = (element.name ?? '').replace(/\s+/g, ' ').trim();
  return name ? `「${name}」（${element.id ?? ''}）` : `${element.id ?? ''}`;
}

/** The outgoing sequence flows of a flow node. */
export const outgoing = (node: ModdleElement): ModdleElement[] => many(node, 'outgoing');

/** The incoming sequence flows of a flow node. */
export const incoming = (node: ModdleElement): ModdleElement[] => many(node, 'incoming');

/** True for a gateway with more than one outgoing flow. */
export const isForking = (node: ModdleElement): boolean => is(node, 'bpmn:Gateway') && outgoing(node).length > 1;

/** True for a gateway with more than one incoming flow. */
export const isJoining = (node: ModdleElement): boolean => is(node, 'bpmn:Gateway') && incoming(node).length > 1;

/** The flow nodes directly inside a process or sub-process. */
export function flowNodesIn(container: ModdleElement): ModdleElement[] {
  return many(container, 'flowElements').filter((element) => is(element, 'bpmn:FlowNode'));
}

/**
 * The next nodes a token can reach from `node`: the targets of its outgoing flows, and its
 * attached boundary events (listed in `boundaries`, keyed by host).
 */
export function successors(node: ModdleElement, boundaries: ReadonlyMap<ModdleElement, ModdleElement[]>): ModdleElement[] {
  const targets = outgoing(node)
    .map((flow) => one(flow, 'targetRef'))
    .filter((target): target is ModdleElement => target !== undefined);
  return [...targets, ...(boundaries.get(node) ?? [])];
}

/** Boundary events of a container by their host activity. */
export function boundariesByHost(container: ModdleElement): Map<ModdleElement, ModdleElement[]> {
  const out = new Map<ModdleElement, ModdleElement[]>();
  for (const node of flowNodesIn(container)) {
    const host = is(node, 'bpmn:BoundaryEvent') ? one(node, 'attachedToRef') : undefined;
    if (host) out.set(host, [...(out.get(host) ?? []), node]);
  }
  return out;
}

/** Every node reachable from `start` (itself included), following successors. */
export function reachableFrom(start: ModdleElement, next: (node: ModdleElement) => ModdleElement[]): Set<ModdleElement> {
  const seen = new Set<ModdleElement>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const target of next(stack.pop()!)) {
      if (seen.has(target)) continue;
      seen.add(target);
      stack.push(target);
    }
  }
  return seen;
}
