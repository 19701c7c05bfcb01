/**
 * Countersign modes (会签 all / 或签 any / 依次 sequential) as standard BPMN multi-instance
 * characteristics with a FEEL completion condition over the engine's counters.
 */
import { is, one, text, type ModdleElement } from './moddle-types';

export const MULTI_INSTANCE_MODES = ['all', 'any', 'sequential'] as const;
/** 会签 all assignees / 或签 the first one decides / 依次 one after another. */
export type MultiInstanceMode = (typeof MULTI_INSTANCE_MODES)[number];

/** The completion condition written for each mode. */
export const COMPLETION_CONDITIONS: Readonly<Record<MultiInstanceMode, string>> = {
  all: 'nrOfCompletedInstances = nrOfInstances',
  any: 'nrOfCompletedInstances >= 1',
  sequential: 'nrOfCompletedInstances = nrOfInstances',
};

/** Anything that creates moddle elements: a BpmnModdle, or bpmn-js's `bpmnFactory`. */
export interface ElementFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** The `bpmn:MultiInstanceLoopCharacteristics` for a mode (set it as the task's `loopCharacteristics`). */
export function multiInstanceCharacteristics(factory: ElementFactory, mode: MultiInstanceMode): ModdleElement {
  const completionCondition = factory.create('bpmn:FormalExpression', { body: COMPLETION_CONDITIONS[mode] });
  return factory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: mode === 'sequential', completionCondition });
}

const normalise = (expression: string | undefined): string => (expression ?? '').replace(/\s+/g, ' ').trim();

/**
 * The mode of a task: null without multi-instance, `custom` for a completion condition other than
 * the modes' own (the engine still evaluates it).
 */
export function multiInstanceMode(task: ModdleElement): MultiInstanceMode | 'custom' | null {
  const loop = one(task, 'loopCharacteristics');
  if (!loop || !is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) return null;
  const condition = one(loop, 'completionCondition');
  const written = normalise(condition ? text(condition, 'body') : undefined);
  if (loop.get('isSequential') === true) {
    return written === '' || written === COMPLETION_CONDITIONS.sequential ? 'sequential' : 'custom';
  }
  if (written === '' || written === COMPLETION_CONDITIONS.all) return 'all';
  return written === COMPLETION_CONDITIONS.any ? 'any' : 'custom';
}
