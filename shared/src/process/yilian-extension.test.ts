import { describe, expect, it } from 'vitest';
import { bpmnModdle, createBpmnModdle, serializeBpmn } from './bpmn-moddle';
import { ENGINE_VARIABLES, outcomeVariable } from './engine-variables';
import { type ModdleElement } from './moddle-types';
import { multiInstanceCharacteristics, multiInstanceMode } from './multi-instance';
import { bpmnDocument } from './process-fixtures.test-support';
import {
  fieldPermissionEntries,
  taskFieldAccess,
  workingDays,
  YILIAN_NS_URI,
  yilianAttributes,
  yilianModdleDescriptor,
} from './yilian-extension';

const TASKS = `
  <bpmn:userTask id="Task_review" name="食品经营许可" yilian:matter="000131024000" yilian:department="scjg" yilian:role="reviewer" yilian:timeLimit="5" yilian:reminder="1">
    <bpmn:extensionElements>
      <yilian:fieldPermissions>
        <yilian:fieldPermission key="enterprise.name" access="editable" />
        <yilian:fieldPermission key="applicant.idNumber" access="hidden" />
      </yilian:fieldPermissions>
    </bpmn:extensionElements>
  </bpmn:userTask>
  <bpmn:userTask id="Task_accept" name="一窗受理" yilian:step="accept" yilian:role="window-clerk" />
  <bpmn:userTask id="Task_bad" yilian:step="approve" yilian:role="boss" yilian:timeLimit="three" yilian:reminder="-1">
    <bpmn:extensionElements>
      <yilian:fieldPermissions>
        <yilian:fieldPermission key="premises.area" access="maybe" />
        <yilian:fieldPermission access="hidden" />
      </yilian:fieldPermissions>
    </bpmn:extensionElements>
  </bpmn:userTask>`;

async function roundTrip(xml: string): Promise<{ elementsById: Record<string, ModdleElement>; xml: string }> {
  const first = await bpmnModdle().fromXML(xml);
  const exported = await serializeBpmn(first.rootElement);
  const second = await bpmnModdle().fromXML(exported);
  return { elementsById: second.elementsById, xml: exported };
}

describe('the yilian moddle extension', () => {
  it('keeps every yilian attribute and the field permissions through fromXML → toXML → fromXML', async () => {
    // given a user task carrying all yilian data
    const xml = bpmnDocument(TASKS);

    // when
    const { elementsById } = await roundTrip(xml);

    // then
    const review = elementsById.Task_review!;
    expect(yilianAttributes(review)).toEqual({ matter: '000131024000', department: 'scjg', role: 'reviewer', timeLimit: '5', reminder: '1' });
    expect(fieldPermissionEntries(review)).toEqual([
      { key: 'enterprise.name', access: 'editable' },
      { key: 'applicant.idNumber', access: 'hidden' },
    ]);
    expect(yilianAttributes(elementsById.Task_accept!)).toEqual({ step: 'accept', role: 'window-clerk' });
  });

  it('keeps bad values too (the panel and lint validate them)', async () => {
    // given invalid step, role, limits and permissions
    const xml = bpmnDocument(TASKS);

    // when
    const { elementsById } = await roundTrip(xml);

    // then
    const bad = elementsById.Task_bad!;
    expect(yilianAttributes(bad)).toEqual({ step: 'approve', role: 'boss', timeLimit: 'three', reminder: '-1' });
    expect(fieldPermissionEntries(bad)).toEqual([
      { key: 'premises.area', access: 'maybe' },
      { key: '', access: 'hidden' },
    ]);
  });

  it('matches the namespace by URI, whatever prefix a file uses, and writes it back', async () => {
    // given the extension under the prefix `y`
    const xml = bpmnDocument('<bpmn:userTask id="Task_1" y:role="reviewer" y:department="scjg" />').replace(
      'xmlns:yilian=',
      'xmlns:y="https://yilian.gov.cn/schema/bpmn/1.0" xmlns:unused=',
    );

    // when
    const { elementsById, xml: exported } = await roundTrip(xml);

    // then
    expect(yilianAttributes(elementsById.Task_1!)).toEqual({ role: 'reviewer', department: 'scjg' });
    expect(exported).toContain(`="${YILIAN_NS_URI}"`);
  });

  it('writes attributes set on created elements under the yilian prefix', async () => {
    // given a task made in code, as bpmn-js modeling would
    const moddle = createBpmnModdle();
    const task = moddle.create('bpmn:UserTask', { id: 'Task_1' });
    task.set('yilian:role', 'reviewer');
    task.set('yilian:timeLimit', '7');
    const process = moddle.create('bpmn:Process', { id: 'Process_1', flowElements: [task] });
    const definitions = moddle.create('bpmn:Definitions', { id: 'D', targetNamespace: 'x', rootElements: [process] });

    // when
    const xml = await serializeBpmn(definitions);

    // then
    expect(xml).toContain('<bpmn:userTask id="Task_1" yilian:role="reviewer" yilian:timeLimit="7" />');
    expect(xml).toContain(`xmlns:yilian="${YILIAN_NS_URI}"`);
  });

  it('has one descriptor shaped like camunda/zeebe descriptors', () => {
    // given the descriptor after moddles were created from it (they must not change it)
    createBpmnModdle();

    // then
    expect(yilianModdleDescriptor).toMatchObject({ name: 'Yilian', prefix: 'yilian', uri: YILIAN_NS_URI, xml: { tagAlias: 'lowerCase' } });
    const attributes = yilianModdleDescriptor.types.find((t) => t.name === 'TaskAttributes');
    expect(attributes).toMatchObject({ isAbstract: true, extends: ['bpmn:UserTask'] });
    expect(attributes?.properties.map((p) => [p.name, 'isAttr' in p && p.isAttr, p.type])).toEqual([
      ['matter', true, 'String'],
      ['step', true, 'String'],
      ['department', true, 'String'],
      ['role', true, 'String'],
      ['timeLimit', true, 'String'],
      ['reminder', true, 'String'],
    ]);
    expect(yilianModdleDescriptor.types.find((t) => t.name === 'FieldPermissions')).toMatchObject({
      superClass: ['Element'],
      meta: { allowedIn: ['bpmn:UserTask'] },
      properties: [{ name: 'entries', isMany: true, type: 'FieldPermission' }],
    });
  });
});

describe('taskFieldAccess', () => {
  it('reads the map and falls back to read-only for reviewers and editable at acceptance', async () => {
    // given
    const { elementsById } = await roundTrip(bpmnDocument(TASKS));
    const keys = ['enterprise.name', 'applicant.idNumber', 'premises.area'];

    // when
    const review = taskFieldAccess(elementsById.Task_review!, keys);
    const accept = taskFieldAccess(elementsById.Task_accept!, keys);
    const bad = taskFieldAccess(elementsById.Task_bad!, keys);

    // then
    expect(review).toEqual({ 'enterprise.name': 'editable', 'applicant.idNumber': 'hidden', 'premises.area': 'read-only' });
    expect(accept).toEqual({ 'enterprise.name': 'editable', 'applicant.idNumber': 'editable', 'premises.area': 'editable' });
    expect(bad['premises.area']).toBe('read-only');
  });

  it('reads working days only from non-negative integers', () => {
    // when / then
    expect([workingDays('5'), workingDays(' 0 '), workingDays('three'), workingDays('-1'), workingDays('1.5'), workingDays(undefined)]).toEqual([
      5,
      0,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('multi-instance modes (会签 / 或签 / 依次)', () => {
  it.each(['all', 'any', 'sequential'] as const)('writes %s as standard BPMN and reads it back', async (mode) => {
    // given a task with the mode's loop characteristics
    const moddle = createBpmnModdle();
    const task = moddle.create('bpmn:UserTask', { id: 'Task_1', loopCharacteristics: multiInstanceCharacteristics(moddle, mode) });
    const process = moddle.create('bpmn:Process', { id: 'Process_1', flowElements: [task] });
    const definitions = moddle.create('bpmn:Definitions', { id: 'D', targetNamespace: 'x', rootElements: [process] });

    // when
    const { elementsById, xml } = await roundTrip(await serializeBpmn(definitions));

    // then
    expect(multiInstanceMode(elementsById.Task_1!)).toBe(mode);
    expect(xml).toContain('<bpmn:multiInstanceLoopCharacteristics');
    expect(xml).toContain('<bpmn:completionCondition');
  });

  it('reports a task without multi-instance as null and an unknown completion condition as custom', async () => {
    // given
    const xml = bpmnDocument(`
      <bpmn:userTask id="Task_plain" />
      <bpmn:userTask id="Task_custom"><bpmn:multiInstanceLoopCharacteristics>
        <bpmn:completionCondition xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">nrOfCompletedInstances &gt;= 2</bpmn:completionCondition>
      </bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`);

    // when
    const { elementsById } = await roundTrip(xml);

    // then
    expect(multiInstanceMode(elementsById.Task_plain!)).toBeNull();
    expect(multiInstanceMode(elementsById.Task_custom!)).toBe('custom');
  });
});

describe('engine variables', () => {
  it('names outcomes per task and lists the multi-instance counters', () => {
    // when / then
    expect(outcomeVariable('Task_000131024000')).toBe('outcome_Task_000131024000');
    expect(outcomeVariable('sid-4.a')).toBe('outcome_sid_4_a');
    expect(ENGINE_VARIABLES).toEqual(['nrOfInstances', 'nrOfCompletedInstances', 'nrOfActiveInstances', 'loopCounter']);
  });
});
