/**
 * What "regenerate from chain" would change: the current drawing against the generated process, task by
 * task (user tasks matched by `yilian:matter`, window steps by `yilian:step`) and gateway by gateway
 * (matched by id: generated ids are stable, drawn ones are not). Pure; shown before anything is replaced.
 */
import { yilianAttributes, type ModdleElement } from '@yilian/shared';
import { is, many } from '../panel/moddle';

/** A task as the dialog lists it. */
export interface TaskSummary {
  /** `matter:<code>`, `step:<step>`, or `id:<id>` for a task with neither. */
  key: string;
  id: string;
  name: string;
  matter?: string;
  step?: string;
}

export interface TaskChange {
  before: TaskSummary;
  after: TaskSummary;
  /** What differs: name, role, department, timeLimit, reminder, step. */
  changes: Array<{ property: string; before: string; after: string }>;
}

export interface GatewaySummary {
  id: string;
  name: string;
  /** `bpmn:ParallelGateway`, … */
  type: string;
}

export interface ProcessDiff {
  tasks: { added: TaskSummary[]; removed: TaskSummary[]; changed: TaskChange[]; kept: number };
  gateways: { added: GatewaySummary[]; removed: GatewaySummary[] };
  /** Nothing differs in tasks or gateways. */
  same: boolean;
}

const COMPARED = ['name', 'step', 'role', 'department', 'timeLimit', 'reminder'] as const;

/** Every flow element of the definitions' processes (and their sub-processes). */
function flowElements(definitions: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const visit = (container: ModdleElement) => {
    for (const element of many(container, 'flowElements')) {
      out.push(element);
      if (is(element, 'bpmn:SubProcess')) visit(element);
    }
  };
  for (const root of many(definitions, 'rootElements')) if (is(root, 'bpmn:Process')) visit(root);
  return out;
}

function taskKey(task: ModdleElement): string {
  const { matter, step } = yilianAttributes(task);
  if (matter) return `matter:${matter}`;
  if (step) return `step:${step}`;
  return `id:${task.id ?? ''}`;
}

function summary(task: ModdleElement): TaskSummary {
  const { matter, step } = yilianAttributes(task);
  return { key: taskKey(task), id: task.id ?? '', name: task.name ?? '', ...(matter ? { matter } : {}), ...(step ? { step } : {}) };
}

function valueOf(task: ModdleElement, property: (typeof COMPARED)[number]): string {
  return property === 'name' ? (task.name ?? '') : (yilianAttributes(task)[property] ?? '');
}

/** The tasks (keyed) and gateways (by id) of a model. */
function inventory(definitions: ModdleElement) {
  const elements = flowElements(definitions);
  const tasks = new Map<string, ModdleElement>();
  for (const task of elements.filter((e) => is(e, 'bpmn:UserTask'))) if (!tasks.has(taskKey(task))) tasks.set(taskKey(task), task);
  const gateways = new Map(elements.filter((e) => is(e, 'bpmn:Gateway')).map((g) => [g.id ?? '', { id: g.id ?? '', name: g.name ?? '', type: g.$type }]));
  return { tasks, gateways };
}

/** Compares the current definitions with the generated ones. */
export function diffProcesses(current: ModdleElement, generated: ModdleElement): ProcessDiff {
  const before = inventory(current);
  const after = inventory(generated);
  const added = [...after.tasks].filter(([key]) => !before.tasks.has(key)).map(([, t]) => summary(t));
  const removed = [...before.tasks].filter(([key]) => !after.tasks.has(key)).map(([, t]) => summary(t));
  const changed: TaskChange[] = [];
  let kept = 0;
  for (const [key, was] of before.tasks) {
    const now = after.tasks.get(key);
    if (!now) continue;
    const changes = COMPARED.flatMap((property) => {
      const a = valueOf(was, property);
      const b = valueOf(now, property);
      return a === b ? [] : [{ property, before: a, after: b }];
    });
    if (changes.length > 0) changed.push({ before: summary(was), after: summary(now), changes });
    else kept += 1;
  }
  const gateways = {
    added: [...after.gateways.values()].filter((g) => !before.gateways.has(g.id)),
    removed: [...before.gateways.values()].filter((g) => !after.gateways.has(g.id)),
  };
  const same = added.length === 0 && removed.length === 0 && changed.length === 0 && gateways.added.length === 0 && gateways.removed.length === 0;
  return { tasks: { added, removed, changed, kept }, gateways, same };
}
