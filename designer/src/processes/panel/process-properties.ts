/**
 * The provider: the groups and entries the panel shows for a selected element (or the process when
 * nothing is selected). Pure over moddle objects; the Vue panel renders what this returns.
 */
import { is, many } from './moddle';
import { fieldPermissionsEntry } from './field-permissions';
import { flowEntries, isConditionalFlow } from './flow-entries';
import type { DiagramElement, PanelContext, PanelEntry, PanelGroup } from './panel-types';
import { nameEntry, userTaskEntries } from './user-task-entries';

function idEntry(element: DiagramElement): PanelEntry {
  return { id: 'id', kind: 'readonly', labelKey: 'processes.panel.id', get: () => element.businessObject.id ?? element.id, set: () => [] };
}

/** The panel's groups for an element. */
export function getGroups(element: DiagramElement, ctx: PanelContext): PanelGroup[] {
  const bo = element.businessObject;
  if (is(bo, 'bpmn:UserTask')) {
    const [name, step, matter, role, department, countersign, timeLimit, reminder] = userTaskEntries(element, ctx);
    return [
      { id: 'general', labelKey: 'processes.panel.groups.task', entries: [name!, idEntry(element), step!, matter!] },
      { id: 'assignee', labelKey: 'processes.panel.groups.assignee', entries: [role!, ...(role!.get() === 'window-clerk' ? [] : [department!]), countersign!] },
      { id: 'deadline', labelKey: 'processes.panel.groups.deadline', entries: [timeLimit!, reminder!] },
      { id: 'fields', labelKey: 'processes.panel.groups.fields', entries: [fieldPermissionsEntry(element, ctx)] },
    ];
  }
  if (is(bo, 'bpmn:SequenceFlow')) {
    const general: PanelGroup = { id: 'general', labelKey: 'processes.panel.groups.flow', entries: [nameEntry(element, false), idEntry(element)] };
    return isConditionalFlow(bo) ? [general, { id: 'condition', labelKey: 'processes.panel.groups.condition', entries: flowEntries(element, ctx) }] : [general];
  }
  if (is(bo, 'bpmn:Gateway')) {
    // forking exclusive/inclusive gateways need a name (label-required); others may have one
    const named = is(bo, 'bpmn:ExclusiveGateway') || is(bo, 'bpmn:InclusiveGateway');
    const forks = bo.$parent ? many(bo.$parent, 'flowElements').filter((f) => is(f, 'bpmn:SequenceFlow') && f.get('sourceRef') === bo).length > 1 : false;
    return [{ id: 'general', labelKey: 'processes.panel.groups.gateway', entries: [nameEntry(element, named && forks), idEntry(element)] }];
  }
  const labelKey = is(bo, 'bpmn:Process') || is(bo, 'bpmn:Collaboration') ? 'processes.panel.groups.process' : 'processes.panel.groups.element';
  return [{ id: 'general', labelKey, entries: [nameEntry(element, false), idEntry(element)] }];
}
