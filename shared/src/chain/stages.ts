/** Stages of a chain: stage 1 = matters without prerequisites; else 1 + the highest prerequisite stage. */
import type { Matter } from '../catalog';
import { dependencyGraph, findCycle, topologicalOrder } from './dependency-graph';
import type { StagesResult } from './types';

/** Matter codes by stage (each stage in chain order), or the cycle that makes staging impossible. */
export function stages(
  matters: readonly Matter[],
  chainDependsOn?: Readonly<Record<string, readonly string[]>>,
): StagesResult {
  const graph = dependencyGraph(matters, chainDependsOn);
  const cycle = findCycle(graph);
  if (cycle) return { ok: false, error: cycle };
  const stageOf = new Map<string, number>();
  for (const code of topologicalOrder(graph)) {
    const highest = Math.max(0, ...(graph.get(code) ?? []).map((prerequisite) => stageOf.get(prerequisite) ?? 0));
    stageOf.set(code, highest + 1);
  }
  const result: string[][] = [];
  for (const matter of matters) {
    const stage = stageOf.get(matter.code) ?? 1;
    while (result.length < stage) result.push([]);
    result[stage - 1]?.push(matter.code);
  }
  return { ok: true, value: result };
}
