/** The chain's dependency graph and cycle detection (catalog-format.md "Stages"). */
import type { Matter } from '../catalog';
import type { CycleError } from './types';
import { chainMessageZh, cycleMessage } from './chain-messages';

/** Prerequisites by matter code; every chain matter is a key, all lists in chain order. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The union of each matter's `dependsOn` and the chain's own `dependsOn`, both restricted to the
 * chain's matters (a prerequisite outside the chain, or not applicable, imposes no order).
 */
export function dependencyGraph(
  matters: readonly Matter[],
  chainDependsOn?: Readonly<Record<string, readonly string[]>>,
): DependencyGraph {
  const order = new Map(matters.map((matter, index) => [matter.code, index]));
  const graph = new Map<string, string[]>();
  for (const matter of matters) {
    const wanted = new Set([...matter.dependsOn, ...(chainDependsOn?.[matter.code] ?? [])]);
    const prerequisites = [...wanted].filter((code) => order.has(code));
    graph.set(matter.code, prerequisites.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  return graph;
}

/**
 * The first cycle found (depth-first, in chain order), written in handling order — each matter
 * before the one that needs it — from and back to its earliest matter in chain order; or null.
 */
export function findCycle(graph: DependencyGraph): CycleError | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (code: string): string[] | null => {
    state.set(code, 'open');
    stack.push(code);
    for (const prerequisite of graph.get(code) ?? []) {
      const seen = state.get(prerequisite);
      if (seen === 'open') return stack.slice(stack.indexOf(prerequisite));
      if (seen === undefined) {
        const cycle = visit(prerequisite);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(code, 'done');
    return null;
  };
  for (const code of graph.keys()) {
    if (state.has(code)) continue;
    const needs = visit(code);
    if (!needs) continue;
    // `needs` runs along "needs" edges; handling order is the reverse, rotated to the earliest matter.
    const position = new Map([...graph.keys()].map((key, index) => [key, index]));
    const rank = (key: string) => position.get(key) ?? Number.POSITIVE_INFINITY;
    const handling = [...needs].reverse();
    const earliest = handling.reduce((best, key) => (rank(key) < rank(best) ? key : best));
    const start = handling.indexOf(earliest);
    const cycle = [...handling.slice(start), ...handling.slice(0, start), earliest];
    return { kind: 'cycle', cycle, message: chainMessageZh(cycleMessage({ cycle })) };
  }
  return null;
}

/** Matter codes in an order where every prerequisite comes first (the graph must be acyclic). */
export function topologicalOrder(graph: DependencyGraph): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (code: string): void => {
    if (done.has(code)) return;
    done.add(code);
    for (const prerequisite of graph.get(code) ?? []) visit(prerequisite);
    order.push(code);
  };
  for (const code of graph.keys()) visit(code);
  return order;
}
