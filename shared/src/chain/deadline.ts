/** The chain deadline: critical paths through the dependency graph (domain.md §5). */
import type { Matter } from '../catalog';
import { dependencyGraph, findCycle, topologicalOrder, type DependencyGraph } from './dependency-graph';
import type { ChainDeadline, CycleError } from './types';

/** 《行政许可法》第四十二条: joint or unified handling is decided within 45 working days. */
export const JOINT_HANDLING_LIMIT_DAYS = 45;

/**
 * The longest path of `daysOf` through an acyclic graph: a matter's days plus the largest total
 * among its prerequisites, maximised over all matters. Ties keep the earliest matter in chain order.
 */
export function longestPath(
  matters: readonly Matter[],
  graph: DependencyGraph,
  daysOf: (matter: Matter) => number,
): { days: number; path: string[] } {
  const byCode = new Map(matters.map((matter) => [matter.code, matter]));
  const total = new Map<string, number>();
  const via = new Map<string, string>();
  for (const code of topologicalOrder(graph)) {
    let best: string | undefined;
    for (const prerequisite of graph.get(code) ?? []) {
      if (best === undefined || (total.get(prerequisite) ?? 0) > (total.get(best) ?? 0)) best = prerequisite;
    }
    const matter = byCode.get(code);
    total.set(code, (matter ? daysOf(matter) : 0) + (best === undefined ? 0 : (total.get(best) ?? 0)));
    if (best !== undefined) via.set(code, best);
  }
  let end: string | undefined;
  for (const matter of matters) {
    if (end === undefined || (total.get(matter.code) ?? 0) > (total.get(end) ?? 0)) end = matter.code;
  }
  const path: string[] = [];
  for (let code = end; code !== undefined; code = via.get(code)) path.unshift(code);
  return { days: end === undefined ? 0 : (total.get(end) ?? 0), path };
}

/** Promised and legal chain deadlines in working days, or the cycle that prevents them. */
export function chainDeadline(
  matters: readonly Matter[],
  chainDependsOn?: Readonly<Record<string, readonly string[]>>,
): { ok: true; value: ChainDeadline } | { ok: false; error: CycleError } {
  const graph = dependencyGraph(matters, chainDependsOn);
  const cycle = findCycle(graph);
  if (cycle) return { ok: false, error: cycle };
  const promised = longestPath(matters, graph, (matter) => matter.promisedLimitDays);
  const legal = longestPath(matters, graph, (matter) => matter.legalLimitDays);
  return {
    ok: true,
    value: {
      promisedDays: promised.days,
      promisedPath: promised.path,
      legalDays: Math.min(legal.days, JOINT_HANDLING_LIMIT_DAYS),
      legalUncappedDays: legal.days,
      legalPath: legal.path,
      exceeds45: legal.days > JOINT_HANDLING_LIMIT_DAYS,
    },
  };
}
