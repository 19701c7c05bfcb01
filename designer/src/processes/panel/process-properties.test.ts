import { beforeEach, describe, expect, it } from 'vitest';
import { createBpmnModdle, fieldPermissionEntries, multiInstanceMode, serializeBpmn, yilianAttributes, type ModdleElement } from '@yilian/shared';
import { getGroups } from './process-properties';
import type { DiagramElement, PanelContext, PanelEntry, PropertyCommand } from './panel-types';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:yilian="https://yilian.gov.cn/schema/bpmn/1.0" id="Defs" targetNamespace="urn:test">
  <bpmn:process id="Process_1" isExecutable="true">
    <bpmn:userTask id="Task_food" name="食品经营许可" yilian:matter="000131024000" yilian:role="reviewer" yilian:department="scjg" yilian:timeLimit="5" />
    <bpmn:exclusiveGateway id="Gateway_1" name="需要消防检查？" default="Flow_no" />
    <bpmn:sequenceFlow id="Flow_in" sourceRef="Task_food" targetRef="Gateway_1" />
    <bpmn:sequenceFlow id="Flow_yes" sourceRef="Gateway_1" targetRef="Task_food">
      <bpmn:conditionExpression>premises.area &gt; 300</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_no" sourceRef="Gateway_1" targetRef="Task_food" />
  </bpmn:process>
</bpmn:definitions>`;

const moddle = createBpmnModdle();
let byId: Record<string, ModdleElement>;

const element = (id: string): DiagramElement => ({ id, type: byId[id]!.$type, businessObject: byId[id]! });

const ctx: PanelContext = {
  factory: moddle,
  elementOf: (bo) => element(bo.id!),
  matters: [{ code: '000131024000', name: '食品经营许可（新办）' }, { code: '000125049000', name: '消防安全检查' }],
  departments: [{ code: 'scjg', name: '市场监督管理局' }, { code: 'xf', name: '消防救援大队' }],
  fields: [{ key: 'applicant.name', label: '申请人姓名' }, { key: 'premises.area', label: '经营面积' }],
  knownKeys: ['premises.area', 'needsSign'],
};

/** Runs commands as bpmn-js's handlers would: properties set on the business object or the moddle element. */
function apply(commands: PropertyCommand[]): void {
  for (const command of commands) {
    const target = command.cmd === 'element.updateProperties' ? command.context.element.businessObject : command.context.moddleElement;
    for (const [name, value] of Object.entries(command.context.properties)) target.set(name, value);
  }
}

function entry(id: string, entryId: string): PanelEntry {
  const found = getGroups(element(id), ctx).flatMap((g) => g.entries).find((e) => e.id === entryId);
  if (!found) throw new Error(`no entry ${entryId} on ${id}`);
  return found;
}

/** The commands an entry would run for a value (not applied). */
const commandsFor = (id: string, entryId: string, value: unknown): PropertyCommand[] => (entry(id, entryId).set as (v: unknown) => PropertyCommand[])(value);

/** Sets a value through an entry (its commands applied) and returns the commands. */
function set(id: string, entryId: string, value: unknown): PropertyCommand[] {
  const commands = commandsFor(id, entryId, value);
  apply(commands);
  return commands;
}

const validate = (id: string, entryId: string, value: unknown) => (entry(id, entryId).validate as ((v: unknown) => unknown) | undefined)?.(value) ?? null;

beforeEach(async () => {
  const { elementsById } = await moddle.fromXML(XML, 'bpmn:Definitions');
  byId = elementsById;
});

describe('user task entries', () => {
  it('groups a task into task, assignee, deadline and field permissions, reading the yilian attributes', () => {
    // given the food licence task
    // when the panel asks for its groups
    const groups = getGroups(element('Task_food'), ctx);
    // then the groups and their entries show the written values
    expect(groups.map((g) => [g.id, g.entries.map((e) => e.id)])).toEqual([
      ['general', ['name', 'id', 'step', 'matter']],
      ['assignee', ['role', 'department', 'countersign']],
      ['deadline', ['timeLimit', 'reminder']],
      ['fields', ['fieldPermissions']],
    ]);
    expect(entry('Task_food', 'role').get()).toBe('reviewer');
    expect(entry('Task_food', 'department').get()).toBe('scjg');
    expect(entry('Task_food', 'timeLimit').get()).toBe('5');
    expect(entry('Task_food', 'step').get()).toBe('');
    expect(entry('Task_food', 'countersign').get()).toBe('');
  });

  it('switching to the window clerk drops the department in the same command (one undo step)', () => {
    // given a reviewer task of 市场监督管理局
    // when the role becomes window-clerk
    const commands = set('Task_food', 'role', 'window-clerk');
    // then one command wrote both attributes
    expect(commands).toHaveLength(1);
    expect(yilianAttributes(byId.Task_food!)).toMatchObject({ role: 'window-clerk' });
    expect(yilianAttributes(byId.Task_food!).department).toBeUndefined();
    // and the assignee group no longer offers a department
    expect(getGroups(element('Task_food'), ctx)[1]!.entries.map((e) => e.id)).toEqual(['role', 'countersign']);
  });

  it('a window step makes the task the window clerk\'s in one command', () => {
    // given a reviewer task
    // when its step becomes 受理 (accept)
    const commands = set('Task_food', 'step', 'accept');
    // then step and role change together
    expect(commands).toHaveLength(1);
    expect(yilianAttributes(byId.Task_food!)).toMatchObject({ step: 'accept', role: 'window-clerk' });
    // and unchanged values produce no command
    expect(commandsFor('Task_food', 'step', 'accept')).toEqual([]);
  });

  it('validates as typed: role and department required, departments and matters of the tenant and chain, working days', () => {
    // given the reviewer task
    // then an empty role, a reviewer without department, an unknown department and an unknown matter are named
    expect(validate('Task_food', 'role', '')).toEqual({ key: 'processes.panel.roleRequired' });
    expect(validate('Task_food', 'department', '')).toEqual({ key: 'processes.panel.departmentRequired' });
    expect(validate('Task_food', 'department', 'nope')).toMatchObject({ key: 'processes.panel.departmentUnknown' });
    expect(validate('Task_food', 'department', 'xf')).toBeNull();
    expect(validate('Task_food', 'matter', '000116601000')).toMatchObject({ key: 'processes.panel.matterNotInChain' });
    expect(validate('Task_food', 'matter', 'abc')).toMatchObject({ key: 'processes.panel.matterInvalid' });
    expect(validate('Task_food', 'matter', '000125049000')).toBeNull();
    // and working days must be whole numbers, the reminder before the limit (5)
    expect(validate('Task_food', 'timeLimit', '2.5')).toEqual({ key: 'processes.panel.daysInvalid' });
    expect(validate('Task_food', 'timeLimit', '-1')).toEqual({ key: 'processes.panel.daysInvalid' });
    expect(validate('Task_food', 'timeLimit', '')).toBeNull();
    expect(validate('Task_food', 'reminder', '5')).toEqual({ key: 'processes.panel.reminderTooLate', params: { limit: 5 } });
    expect(validate('Task_food', 'reminder', '2')).toBeNull();
  });

  it('writes working days and removes an emptied attribute', () => {
    // given the task with a 5-day limit
    // when the limit becomes 8 and the reminder 2, then the limit is emptied
    set('Task_food', 'timeLimit', ' 8 ');
    set('Task_food', 'reminder', '2');
    expect(yilianAttributes(byId.Task_food!)).toMatchObject({ timeLimit: '8', reminder: '2' });
    set('Task_food', 'timeLimit', '');
    // then the attribute is gone, not an empty string
    expect(yilianAttributes(byId.Task_food!).timeLimit).toBeUndefined();
    expect(validate('Task_food', 'reminder', '2')).toEqual({ key: 'processes.panel.reminderWithoutLimit' });
  });

  it('sets the countersign mode as multi-instance characteristics, and removes it', async () => {
    // given a single-assignee task
    // when 或签 (any) is chosen
    set('Task_food', 'countersign', 'any');
    // then the task is multi-instance with the any-completion condition, and exports so
    expect(multiInstanceMode(byId.Task_food!)).toBe('any');
    expect(entry('Task_food', 'countersign').get()).toBe('any');
    expect(await serializeBpmn(byId.Defs!)).toContain('nrOfCompletedInstances &gt;= 1');
    // when 依次 (sequential), then back to one assignee
    set('Task_food', 'countersign', 'sequential');
    expect(multiInstanceMode(byId.Task_food!)).toBe('sequential');
    set('Task_food', 'countersign', '');
    expect(byId.Task_food!.get('loopCharacteristics')).toBeUndefined();
  });
});

describe('field permissions', () => {
  it('creates extensionElements and the list only when missing, in one compound edit', async () => {
    // given a task without extension elements
    expect(byId.Task_food!.get('extensionElements')).toBeUndefined();
    // when the applicant name becomes editable and the area hidden
    const first = set('Task_food', 'fieldPermissions', { 'applicant.name': 'editable', 'premises.area': 'hidden' });
    // then extension elements, the permissions list and its entries were written by three commands run as one
    expect(first.map((c) => c.cmd)).toEqual(['element.updateProperties', 'element.updateModdleProperties', 'element.updateModdleProperties']);
    expect(fieldPermissionEntries(byId.Task_food!)).toEqual([
      { key: 'applicant.name', access: 'editable' },
      { key: 'premises.area', access: 'hidden' },
    ]);
    expect(await serializeBpmn(byId.Defs!)).toContain('<yilian:fieldPermission key="premises.area" access="hidden" />');
    // when the area goes back to the default
    const second = set('Task_food', 'fieldPermissions', { 'applicant.name': 'editable', 'premises.area': '' });
    // then only the entries change, in the existing list
    expect(second.map((c) => c.cmd)).toEqual(['element.updateModdleProperties']);
    expect(fieldPermissionEntries(byId.Task_food!)).toEqual([{ key: 'applicant.name', access: 'editable' }]);
    // and setting the same again changes nothing
    expect(commandsFor('Task_food', 'fieldPermissions', { 'applicant.name': 'editable' })).toEqual([]);
  });

  it('lists the form\'s fields with the task\'s default, plus keys the form lacks', () => {
    // given a task naming a field the form does not have
    set('Task_food', 'fieldPermissions', { 'old.key': 'hidden' });
    // when the table is built
    const table = entry('Task_food', 'fieldPermissions');
    // then the form's fields come first (reviewers read by default), then the unknown key, which is flagged
    expect(table.kind === 'permissions' && table.rows.map((r) => [r.key, r.fallback, r.unknown])).toEqual([
      ['applicant.name', 'read-only', false],
      ['premises.area', 'read-only', false],
      ['old.key', 'read-only', true],
    ]);
    expect(validate('Task_food', 'fieldPermissions', { 'old.key': 'hidden' })).toEqual({ key: 'processes.panel.accessUnknownField', params: { key: 'old.key' } });
    expect(validate('Task_food', 'fieldPermissions', { 'applicant.name': 'write' })).toMatchObject({ key: 'processes.panel.accessInvalid' });
  });
});

describe('sequence flow entries', () => {
  it('offers a condition and the default switch only on flows out of exclusive or inclusive gateways', () => {
    // given a flow out of a task and two out of the exclusive gateway
    // then only the gateway's flows have the condition group
    expect(getGroups(element('Flow_in'), ctx).map((g) => g.id)).toEqual(['general']);
    expect(getGroups(element('Flow_yes'), ctx).map((g) => g.id)).toEqual(['general', 'condition']);
    expect(entry('Flow_yes', 'condition').get()).toBe('premises.area > 300');
    expect(entry('Flow_no', 'default').get()).toBe(true);
  });

  it('checks conditions as typed against chain keys, engine variables and task outcomes', () => {
    // given the conditional flow
    // then known keys, the engine's counters and task outcomes pass
    expect(validate('Flow_yes', 'condition', 'premises.area > 300 and needsSign')).toBeNull();
    expect(validate('Flow_yes', 'condition', 'outcome_Task_food = "approved"')).toBeNull();
    expect(validate('Flow_yes', 'condition', 'nrOfCompletedInstances >= 1')).toBeNull();
    // and an unknown variable or a syntax error is reported in words
    expect(validate('Flow_yes', 'condition', 'premisesArea > 300')).toEqual({ text: expect.stringContaining('premisesArea') });
    expect(validate('Flow_yes', 'condition', 'premises.area >')).toEqual({ text: expect.any(String) });
    // and an empty condition is fine only on the default flow
    expect(validate('Flow_yes', 'condition', '')).toEqual({ key: 'processes.panel.conditionMissing' });
    expect(validate('Flow_no', 'condition', '')).toBeNull();
  });

  it('a condition on the default flow stops it being the default, in one compound edit', () => {
    // given the gateway's default flow
    // when it gets a condition
    const commands = set('Flow_no', 'condition', 'needsSign');
    // then the flow has the condition and the gateway no default
    expect(commands).toHaveLength(2);
    expect(entry('Flow_no', 'condition').get()).toBe('needsSign');
    expect(byId.Gateway_1!.get('default')).toBeUndefined();
  });

  it('making a conditional flow the default drops its condition', () => {
    // given the conditional flow
    // when it becomes the default
    const commands = set('Flow_yes', 'default', true);
    // then the gateway points at it and its condition is gone
    expect(commands).toHaveLength(2);
    expect(byId.Gateway_1!.get('default')).toBe(byId.Flow_yes);
    expect(byId.Flow_yes!.get('conditionExpression')).toBeUndefined();
    // when switched off, the gateway has no default
    set('Flow_yes', 'default', false);
    expect(byId.Gateway_1!.get('default')).toBeUndefined();
  });
});

describe('gateways and other elements', () => {
  it('requires a name on a forking exclusive gateway only', () => {
    // given the forking exclusive gateway
    // then its name is required, an end event's is not
    expect(validate('Gateway_1', 'name', ' ')).toEqual({ key: 'processes.panel.nameRequired' });
    expect(getGroups({ id: 'Process_1', type: 'bpmn:Process', businessObject: byId.Process_1! }, ctx).map((g) => g.labelKey)).toEqual(['processes.panel.groups.process']);
    expect(validate('Task_food', 'name', 'x'.repeat(61))).toEqual({ key: 'processes.panel.nameTooLong', params: { max: 60 } });
  });
});
