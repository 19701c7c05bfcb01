/**
 * Entries of a user task: what the engine needs (step, matter, assignee, working-day limits, countersign
 * mode) as `yilian:` attributes and standard multi-instance characteristics.
 */
import {
  MATTER_CODE,
  multiInstanceCharacteristics,
  multiInstanceMode,
  workingDays,
  YILIAN_ROLES,
  YILIAN_STEPS,
  yilianAttributes,
  type ModdleElement,
  type YilianTaskAttributes,
} from '@yilian/shared';
import { attributeValue, updateProperties } from './panel-commands';
import type { DiagramElement, PanelContext, PanelEntry, PanelMessage, PanelOption, PropertyCommand } from './panel-types';

/** Longest name the panel accepts (names show on the canvas, in worklists and on notices). */
export const NAME_MAX = 60;

/** Countersign modes offered in the panel; '' = one assignee (no multi-instance). */
export const COUNTERSIGN_MODES = ['', 'all', 'any', 'sequential'] as const;

const attributes = (element: DiagramElement): YilianTaskAttributes => yilianAttributes(element.businessObject);

/** Sets one yilian attribute (empty removes it). */
const setAttribute = (element: DiagramElement, name: keyof YilianTaskAttributes, value: string): PropertyCommand[] => {
  const next = attributeValue(value);
  return attributes(element)[name] === next ? [] : [updateProperties(element, { [`yilian:${name}`]: next })];
};

/** The name entry of any element (tasks must have one; elsewhere it is optional). */
export function nameEntry(element: DiagramElement, required: boolean): PanelEntry {
  return {
    id: 'name',
    kind: 'text',
    labelKey: 'processes.panel.name',
    get: () => element.businessObject.name ?? '',
    set: (value) => ((element.businessObject.name ?? '') === value.trim() ? [] : [updateProperties(element, { name: value.trim() === '' ? undefined : value.trim() })]),
    validate: (value) => {
      if (required && value.trim() === '') return { key: 'processes.panel.nameRequired' };
      return value.trim().length > NAME_MAX ? { key: 'processes.panel.nameTooLong', params: { max: NAME_MAX } } : null;
    },
  };
}

function daysProblem(value: string): PanelMessage | null {
  return value.trim() !== '' && workingDays(value) === null ? { key: 'processes.panel.daysInvalid' } : null;
}

/** The groups of a user task: 任务 (name, step, matter), 办理人 (role, department, countersign), 时限. */
export function userTaskEntries(element: DiagramElement, ctx: PanelContext): PanelEntry[] {
  const matterOptions: PanelOption[] = [{ value: '', labelKey: 'processes.panel.matterNone' }, ...ctx.matters.map((m) => ({ value: m.code, label: `${m.name}（${m.code}）` }))];
  const departmentOptions: PanelOption[] = ctx.departments.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }));

  const step: PanelEntry = {
    id: 'step',
    kind: 'select',
    labelKey: 'processes.panel.step',
    hintKey: 'processes.panel.stepHint',
    options: [{ value: '', labelKey: 'processes.panel.steps.review' }, ...YILIAN_STEPS.map((s) => ({ value: s, labelKey: `processes.panel.steps.${s}` }))],
    get: () => attributes(element).step ?? '',
    // a window step is handled by the window clerk: one undo step sets both (and drops the department)
    set: (value) => {
      const commands = setAttribute(element, 'step', value);
      if (commands.length > 0 && value !== '' && attributes(element).role !== 'window-clerk') {
        return [updateProperties(element, { 'yilian:step': value, 'yilian:role': 'window-clerk', 'yilian:department': undefined })];
      }
      return commands;
    },
    validate: (value) => (value === '' || (YILIAN_STEPS as readonly string[]).includes(value) ? null : { key: 'processes.panel.stepInvalid', params: { value } }),
  };

  const matter: PanelEntry = {
    id: 'matter',
    kind: 'select',
    labelKey: 'processes.panel.matter',
    options: matterOptions,
    get: () => attributes(element).matter ?? '',
    set: (value) => setAttribute(element, 'matter', value),
    validate: (value) => {
      if (value === '') return attributes(element).step === undefined ? { key: 'processes.panel.matterMissing' } : null;
      if (!MATTER_CODE.test(value)) return { key: 'processes.panel.matterInvalid', params: { value } };
      return ctx.matters.some((m) => m.code === value) ? null : { key: 'processes.panel.matterNotInChain', params: { value } };
    },
  };

  const role: PanelEntry = {
    id: 'role',
    kind: 'select',
    labelKey: 'processes.panel.role',
    options: YILIAN_ROLES.map((r) => ({ value: r, labelKey: `processes.panel.roles.${r}` })),
    get: () => attributes(element).role ?? '',
    // the window clerk has no department: switching to it drops the department in the same undo step
    set: (value) => {
      const commands = setAttribute(element, 'role', value);
      if (commands.length > 0 && value === 'window-clerk' && attributes(element).department !== undefined) {
        return [updateProperties(element, { 'yilian:role': value, 'yilian:department': undefined })];
      }
      return commands;
    },
    validate: (value) => {
      if (value === '') return { key: 'processes.panel.roleRequired' };
      if (!(YILIAN_ROLES as readonly string[]).includes(value)) return { key: 'processes.panel.roleInvalid', params: { value } };
      const stepValue = attributes(element).step;
      return stepValue !== undefined && value !== 'window-clerk' ? { key: 'processes.panel.roleWindowStep' } : null;
    },
  };

  const department: PanelEntry = {
    id: 'department',
    kind: 'select',
    labelKey: 'processes.panel.department',
    options: departmentOptions,
    get: () => attributes(element).department ?? '',
    set: (value) => setAttribute(element, 'department', value),
    validate: (value) => {
      if (value === '') return attributes(element).role === 'reviewer' ? { key: 'processes.panel.departmentRequired' } : null;
      return ctx.departments.some((d) => d.code === value) ? null : { key: 'processes.panel.departmentUnknown', params: { value } };
    },
  };

  const timeLimit: PanelEntry = {
    id: 'timeLimit',
    kind: 'days',
    labelKey: 'processes.panel.timeLimit',
    get: () => attributes(element).timeLimit ?? '',
    set: (value) => setAttribute(element, 'timeLimit', value),
    validate: daysProblem,
  };

  const reminder: PanelEntry = {
    id: 'reminder',
    kind: 'days',
    labelKey: 'processes.panel.reminder',
    hintKey: 'processes.panel.reminderHint',
    get: () => attributes(element).reminder ?? '',
    set: (value) => setAttribute(element, 'reminder', value),
    validate: (value) => {
      const invalid = daysProblem(value);
      if (invalid || value.trim() === '') return invalid;
      const limit = workingDays(attributes(element).timeLimit);
      if (limit === null) return { key: 'processes.panel.reminderWithoutLimit' };
      return limit > 0 && Number(value.trim()) >= limit ? { key: 'processes.panel.reminderTooLate', params: { limit } } : null;
    },
  };

  const countersign: PanelEntry = {
    id: 'countersign',
    kind: 'select',
    labelKey: 'processes.panel.countersign',
    hintKey: 'processes.panel.countersignHint',
    options: [
      ...COUNTERSIGN_MODES.map((m) => ({ value: m, labelKey: `processes.panel.countersignModes.${m === '' ? 'single' : m}` })),
      // a completion condition of another modeler stays as written until the author picks a mode
      ...(multiInstanceMode(element.businessObject) === 'custom' ? [{ value: 'custom', labelKey: 'processes.panel.countersignModes.custom' }] : []),
    ],
    get: () => multiInstanceMode(element.businessObject) ?? '',
    set: (value) => {
      if (value === (multiInstanceMode(element.businessObject) ?? '')) return [];
      if (value === '') return [updateProperties(element, { loopCharacteristics: undefined })];
      if (value !== 'all' && value !== 'any' && value !== 'sequential') return [];
      const loop = multiInstanceCharacteristics(ctx.factory, value);
      loop.$parent = element.businessObject;
      const condition = loop.get('completionCondition') as ModdleElement | undefined;
      if (condition) condition.$parent = loop;
      return [updateProperties(element, { loopCharacteristics: loop })];
    },
    validate: (value) => (value === 'custom' ? { key: 'processes.panel.countersignCustom' } : null),
  };

  return [nameEntry(element, true), step, matter, role, department, countersign, timeLimit, reminder];
}
