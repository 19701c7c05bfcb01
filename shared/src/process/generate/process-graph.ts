/**
 * The generated process as a plain graph, before it becomes BPMN: 受理 → one user task per matter
 * (each starting when its own prerequisites finish) → 统一反馈 → end, with parallel splits/joins
 * where the dependency graph forks and merges and inclusive ones where a matter applies only in
 * some situations.
 *
 * A conditional matter without dependents is a conditional branch of an inclusive split (condition =
 * its FEEL applicability; the other branches carry `true`). A conditional matter that others depend
 * on sits between an exclusive decision and a merge (default flow: skip it), so its dependents are
 * always reached. The dependency graph is transitively reduced first: an edge implied by a longer
 * path adds no order.
 */
import type { Matter } from '../../catalog';
import type { DependencyGraph } from '../../chain';

export type GraphNodeKind = 'start' | 'end' | 'userTask' | 'parallel' | 'inclusive' | 'exclusive';

/** A user task's yilian attributes as the generator writes them. */
export interface GeneratedTask {
  step?: 'accept' | 'feedback';
  matter?: string;
  role: 'reviewer' | 'window-clerk';
  department?: string;
  timeLimit?: number;
}

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  name: string;
  task?: GeneratedTask;
  /** The id of the outgoing default flow (exclusive decisions). */
  defaultFlow?: string;
}

export interface GraphFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** FEEL; `true` for the unconditional branches of an inclusive split. */
  condition?: string;
}

export interface ProcessGraph {
  nodes: GraphNode[];
  flows: GraphFlow[];
}

export interface ProcessGraphInput {
  /** The chain's matters in chain order. */
  matters: readonly Matter[];
  /** Prerequisites by matter code (acyclic, restricted to the chain: see dependencyGraph). */
  graph: DependencyGraph;
  /** FEEL applicability by matter code (absent or blank = always). */
  applicability: Readonly<Record<string, string>>;
  /** Department code of a matter, or undefined when unknown. */
  departmentOf: (matter: Matter) => string | undefined;
}

const ACCEPT = 'accept';
const FEEDBACK = 'feedback';

/** Removes every prerequisite that is also reached through another prerequisite. */
export function transitiveReduction(graph: DependencyGraph): Map<string, string[]> {
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (code: string): Set<string> => {
    const known = ancestors.get(code);
    if (known) return known;
    const all = new Set<string>();
    for (const prerequisite of graph.get(code) ?? []) {
      all.add(prerequisite);
      for (const above of ancestorsOf(prerequisite)) all.add(above);
    }
    ancestors.set(code, all);
    return all;
  };
  const reduced = new Map<string, string[]>();
  for (const [code, prerequisites] of graph) {
    reduced.set(
      code,
      prerequisites.filter((p) => !prerequisites.some((other) => other !== p && ancestorsOf(other).has(p))),
    );
  }
  return reduced;
}

/** A logical edge between two logical nodes (accept, matter codes, feedback). */
interface Edge {
  from: string;
  to: string;
  /** FEEL of the target's applicability when the edge is taken only in some situations. */
  condition?: string;
}

/** Builds the generated process graph (ids are stable: the same chain gives the same graph). */
export function buildProcessGraph(input: ProcessGraphInput): ProcessGraph {
  const { matters } = input;
  const reduced = transitiveReduction(input.graph);
  const conditionOf = (code: string): string | undefined => {
    const written = input.applicability[code]?.trim();
    return written ? written : undefined;
  };
  const dependents = new Map<string, string[]>(matters.map((m) => [m.code, []]));
  for (const matter of matters) for (const p of reduced.get(matter.code) ?? []) dependents.get(p)?.push(matter.code);
  const isConditionalLeaf = (code: string) => conditionOf(code) !== undefined && (dependents.get(code) ?? []).length === 0;
  const hasBypass = (code: string) => conditionOf(code) !== undefined && (dependents.get(code) ?? []).length > 0;

  // Logical edges in a stable order: accept → roots, prerequisites → matters (chain order), sinks → feedback.
  const edges: Edge[] = [];
  const edgeTo = (from: string, to: string): Edge => {
    const condition = to !== FEEDBACK && isConditionalLeaf(to) ? conditionOf(to) : undefined;
    return condition ? { from, to, condition } : { from, to };
  };
  for (const matter of matters) {
    const prerequisites = reduced.get(matter.code) ?? [];
    if (prerequisites.length === 0) edges.push(edgeTo(ACCEPT, matter.code));
    for (const p of prerequisites) edges.push(edgeTo(p, matter.code));
  }
  for (const matter of matters) if ((dependents.get(matter.code) ?? []).length === 0) edges.push(edgeTo(matter.code, FEEDBACK));
  if (matters.length === 0) edges.push({ from: ACCEPT, to: FEEDBACK });
  // A node whose every successor is conditional also continues unconditionally to feedback.
  for (const from of [ACCEPT, ...matters.map((m) => m.code)]) {
    const out = edges.filter((e) => e.from === from);
    if (out.length > 0 && out.every((e) => e.condition !== undefined)) edges.push({ from, to: FEEDBACK });
  }
  const outOf = (key: string) => edges.filter((e) => e.from === key);
  const into = (key: string) => edges.filter((e) => e.to === key);
  const mayBeSkipped = (edge: Edge) => edge.condition !== undefined || (edge.from !== ACCEPT && isConditionalLeaf(edge.from));

  const nodes: GraphNode[] = [];
  const flows: GraphFlow[] = [];
  const flow = (source: string, target: string, extra: Partial<GraphFlow> = {}): GraphFlow => {
    const created = { id: `Flow_${flows.length + 1}`, source, target, ...extra };
    flows.push(created);
    return created;
  };
  const byCode = new Map(matters.map((m) => [m.code, m]));
  const entry = new Map<string, string>();
  const exit = new Map<string, string>();

  nodes.push({ id: 'StartEvent_submitted', kind: 'start', name: '申请提交' });
  nodes.push({ id: 'Task_accept', kind: 'userTask', name: '一窗受理', task: { step: 'accept', role: 'window-clerk' } });
  flow('StartEvent_submitted', 'Task_accept');
  entry.set(ACCEPT, 'Task_accept');
  exit.set(ACCEPT, 'Task_accept');

  for (const matter of matters) {
    const department = input.departmentOf(matter);
    const taskId = `Task_${matter.code}`;
    nodes.push({
      id: taskId,
      kind: 'userTask',
      name: matter.name,
      task: { matter: matter.code, role: 'reviewer', ...(department ? { department } : {}), timeLimit: matter.promisedLimitDays },
    });
    if (hasBypass(matter.code)) {
      const decide = `Gateway_${matter.code}_applies`;
      const merge = `Gateway_${matter.code}_done`;
      nodes.push({ id: decide, kind: 'exclusive', name: `是否办理「${matter.name}」？` });
      nodes.push({ id: merge, kind: 'exclusive', name: `「${matter.name}」完毕` });
      flow(decide, taskId, { name: '适用', condition: conditionOf(matter.code)! });
      flow(taskId, merge);
      const skip = flow(decide, merge, { name: '不适用' });
      nodes.find((n) => n.id === decide)!.defaultFlow = skip.id;
      entry.set(matter.code, decide);
      exit.set(matter.code, merge);
    } else {
      entry.set(matter.code, taskId);
      exit.set(matter.code, taskId);
    }
  }

  nodes.push({ id: 'Task_feedback', kind: 'userTask', name: '统一反馈', task: { step: 'feedback', role: 'window-clerk' } });
  nodes.push({ id: 'EndEvent_done', kind: 'end', name: '办结' });
  entry.set(FEEDBACK, 'Task_feedback');
  exit.set(FEEDBACK, 'Task_feedback');

  // Joins before and splits after the logical nodes.
  const keyName = (key: string) => (key === ACCEPT ? '受理' : key === FEEDBACK ? '反馈' : (byCode.get(key)?.name ?? key));
  const joinOf = new Map<string, string>();
  const splitOf = new Map<string, { id: string; inclusive: boolean }>();
  for (const key of [ACCEPT, ...matters.map((m) => m.code), FEEDBACK]) {
    const incoming = into(key);
    if (incoming.length > 1) {
      const inclusive = incoming.some(mayBeSkipped);
      const id = `Gateway_${key}_join`;
      nodes.push({ id, kind: inclusive ? 'inclusive' : 'parallel', name: inclusive ? `适用事项办结（${keyName(key)}前）` : `前置事项办结（${keyName(key)}前）` });
      flow(id, entry.get(key)!);
      joinOf.set(key, id);
    }
    const outgoing = outOf(key);
    if (outgoing.length > 1) {
      const inclusive = outgoing.some((e) => e.condition !== undefined);
      const id = `Gateway_${key}_split`;
      nodes.push({ id, kind: inclusive ? 'inclusive' : 'parallel', name: inclusive ? `按情形办理（${keyName(key)}后）` : `并行办理（${keyName(key)}后）` });
      flow(exit.get(key)!, id);
      splitOf.set(key, { id, inclusive });
    }
  }
  for (const edge of edges) {
    const split = splitOf.get(edge.from);
    const source = split?.id ?? exit.get(edge.from)!;
    const target = joinOf.get(edge.to) ?? entry.get(edge.to)!;
    if (split?.inclusive) {
      const condition = edge.condition ?? 'true';
      flow(source, target, { condition, name: edge.condition ?? (edge.to === FEEDBACK && !isSink(edge.from) ? '继续' : '必办') });
    } else {
      flow(source, target);
    }
  }
  flow('Task_feedback', 'EndEvent_done');
  return { nodes, flows };

  function isSink(key: string): boolean {
    return key !== ACCEPT && (dependents.get(key) ?? []).length === 0;
  }
}
