/**
 * The variables the process engine adds to the FEEL context of gateway conditions and multi-instance
 * completion conditions, next to the chain's situation answers and form values. The engine sets
 * exactly these; lint accepts them as known keys.
 */

/** Prefix of a task's outcome variable: `outcome_<taskId>` (see outcomeVariable). */
export const OUTCOME_PREFIX = 'outcome_';

/**
 * Outcomes a user task records when it completes: `approved` (受理 / 准予) or `rejected`
 * (不予受理 / 不予许可). Read them as `outcome_Task_1 = "approved"`.
 */
export const TASK_OUTCOMES = ['approved', 'rejected'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

/** Multi-instance counters, as in BPMN engines (Camunda/Flowable names), readable in completion conditions. */
export const MULTI_INSTANCE_VARIABLES = {
  /** How many instances the task was split into (the assignees of a 会签/或签/依次 task). */
  nrOfInstances: 'nrOfInstances',
  /** How many instances have completed so far. */
  nrOfCompletedInstances: 'nrOfCompletedInstances',
  /** How many instances are still open (parallel modes; 1 or 0 when sequential). */
  nrOfActiveInstances: 'nrOfActiveInstances',
  /** The 0-based index of the current instance (inside the instance only). */
  loopCounter: 'loopCounter',
} as const;

/** Every engine variable name that is not tied to a task. */
export const ENGINE_VARIABLES: readonly string[] = Object.values(MULTI_INSTANCE_VARIABLES);

/**
 * The outcome variable of a task: `outcome_<taskId>`, with any character that cannot appear in a
 * FEEL name (anything but letters, digits and `_`) written as `_`, e.g. `outcome_Task_000131024000`.
 */
export function outcomeVariable(taskId: string): string {
  return `${OUTCOME_PREFIX}${taskId.replace(/[^\p{L}\p{N}_]/gu, '_')}`;
}
