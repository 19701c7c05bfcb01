import { describe, expect, it } from 'vitest';
import { bpmnDocument } from '../process-fixtures.test-support';
import { lintProcess, type LintIssue } from './lint-process';

/** The issues one rule reports on a process body. */
async function issues(rule: string, processContent: string, options: { knownKeys?: string[]; fieldKeys?: string[]; locale?: 'zh-CN' | 'en' } = {}, extra = ''): Promise<LintIssue[]> {
  return (await lintProcess(bpmnDocument(processContent, extra), options)).filter((issue) => issue.rule === rule);
}

const ids = (found: readonly LintIssue[]) => found.map((issue) => issue.elementId);

const cond = (body: string) => `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</bpmn:conditionExpression>`;

describe('yilian/user-task-assignee', () => {
  it('flags a user task without a role, with an unknown role, or a reviewer without a department', async () => {
    // when
    const found = await issues(
      'yilian/user-task-assignee',
      `<bpmn:userTask id="NoRole" name="审查" />
       <bpmn:userTask id="BadRole" yilian:role="boss" />
       <bpmn:userTask id="NoDepartment" yilian:role="reviewer" yilian:department=" " />`,
    );

    // then
    expect(ids(found)).toEqual(['NoRole', 'BadRole', 'NoDepartment']);
    expect(found.every((issue) => issue.category === 'error')).toBe(true);
    expect(found[0]!.message).toBe('用户任务「审查」（NoRole）未指定办理角色（yilian:role：reviewer 部门审批员，或 window-clerk 综合窗口）');
    expect(found[2]!.message).toContain('未指定部门');
  });

  it('passes a reviewer with a department and a window clerk without one', async () => {
    // when
    const found = await issues(
      'yilian/user-task-assignee',
      '<bpmn:userTask id="Review" yilian:role="reviewer" yilian:department="scjg" /><bpmn:userTask id="Window" yilian:role="window-clerk" />',
    );

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/task-attributes', () => {
  it('names invalid steps, limits, matter codes and field permissions', async () => {
    // when
    const found = await issues(
      'yilian/task-attributes',
      `<bpmn:userTask id="BadStep" yilian:step="approve" yilian:role="window-clerk" />
       <bpmn:userTask id="StepByReviewer" yilian:step="accept" yilian:role="reviewer" yilian:department="scjg" />
       <bpmn:userTask id="BadLimit" yilian:role="window-clerk" yilian:timeLimit="three" />
       <bpmn:userTask id="LateReminder" yilian:role="window-clerk" yilian:timeLimit="3" yilian:reminder="3" />
       <bpmn:userTask id="ReminderAlone" yilian:role="window-clerk" yilian:reminder="1" />
       <bpmn:userTask id="BadMatter" yilian:role="window-clerk" yilian:matter="M-1" />
       <bpmn:userTask id="BadPermissions" yilian:role="window-clerk"><bpmn:extensionElements><yilian:fieldPermissions>
         <yilian:fieldPermission key="enterprise.name" access="maybe" />
         <yilian:fieldPermission key="premises.area" access="hidden" />
         <yilian:fieldPermission key="premises.area" access="editable" />
         <yilian:fieldPermission key="nope" access="hidden" />
       </yilian:fieldPermissions></bpmn:extensionElements></bpmn:userTask>`,
      { fieldKeys: ['enterprise.name', 'premises.area'] },
    );

    // then
    expect(ids(found)).toEqual(['BadStep', 'StepByReviewer', 'BadLimit', 'LateReminder', 'ReminderAlone', 'BadMatter', 'BadPermissions', 'BadPermissions', 'BadPermissions']);
    expect(found.map((issue) => issue.message).join('\n')).toMatch(/无效.*\n.*window-clerk[\s\S]*「three」[\s\S]*应小于办理时限[\s\S]*没有有效的办理时限[\s\S]*「M-1」[\s\S]*「maybe」[\s\S]*重复设置[\s\S]*字段 nope/);
  });

  it('passes valid values', async () => {
    // when
    const found = await issues(
      'yilian/task-attributes',
      `<bpmn:userTask id="Accept" yilian:step="accept" yilian:role="window-clerk" yilian:timeLimit="1" />
       <bpmn:userTask id="Review" yilian:matter="000131024000" yilian:role="reviewer" yilian:department="scjg" yilian:timeLimit="5" yilian:reminder="1">
         <bpmn:extensionElements><yilian:fieldPermissions><yilian:fieldPermission key="enterprise.name" access="read-only" /></yilian:fieldPermissions></bpmn:extensionElements>
       </bpmn:userTask>`,
      { fieldKeys: ['enterprise.name'] },
    );

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/path-to-end', () => {
  const loop = (exit: string) => `
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="A"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
    <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>${exit}</bpmn:exclusiveGateway>
    <bpmn:endEvent id="End"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="A" />
    <bpmn:sequenceFlow id="F2" sourceRef="A" targetRef="Again" />
    <bpmn:sequenceFlow id="F3" sourceRef="Again" targetRef="A" />`;

  it('flags nodes from which no path reaches an end event (a loop without exit)', async () => {
    // given a loop whose exit flow leaves from nowhere reachable
    const content = `${loop('')}<bpmn:userTask id="Orphan"><bpmn:outgoing>F4</bpmn:outgoing></bpmn:userTask><bpmn:sequenceFlow id="F4" sourceRef="Orphan" targetRef="End" />`;

    // when
    const found = await issues('yilian/path-to-end', content);

    // then
    expect(ids(found)).toEqual(['Start', 'A', 'Again']);
  });

  it('passes when the loop has an exit to the end', async () => {
    // when
    const found = await issues('yilian/path-to-end', `${loop('<bpmn:outgoing>F4</bpmn:outgoing>')}<bpmn:sequenceFlow id="F4" sourceRef="Again" targetRef="End" />`);

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/split-joined', () => {
  const split = (kind: string, joined: boolean) => `
    <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
    <bpmn:${kind} id="Split"><bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing><bpmn:outgoing>F2</bpmn:outgoing></bpmn:${kind}>
    <bpmn:userTask id="A"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:userTask>
    <bpmn:userTask id="B"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Split" />
    <bpmn:sequenceFlow id="F1" sourceRef="Split" targetRef="A" />
    <bpmn:sequenceFlow id="F2" sourceRef="Split" targetRef="B" />
    ${
      joined
        ? `<bpmn:parallelGateway id="Join"><bpmn:incoming>F3</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing></bpmn:parallelGateway>
           <bpmn:endEvent id="End"><bpmn:incoming>F5</bpmn:incoming></bpmn:endEvent>
           <bpmn:sequenceFlow id="F3" sourceRef="A" targetRef="Join" /><bpmn:sequenceFlow id="F4" sourceRef="B" targetRef="Join" /><bpmn:sequenceFlow id="F5" sourceRef="Join" targetRef="End" />`
        : `<bpmn:endEvent id="EndA"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent><bpmn:endEvent id="EndB"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>
           <bpmn:sequenceFlow id="F3" sourceRef="A" targetRef="EndA" /><bpmn:sequenceFlow id="F4" sourceRef="B" targetRef="EndB" />`
    }`;

  it('flags a parallel or inclusive split whose branches never meet', async () => {
    // when
    const parallel = await issues('yilian/split-joined', split('parallelGateway', false));
    const inclusive = await issues('yilian/split-joined', split('inclusiveGateway', false));

    // then
    expect(ids(parallel)).toEqual(['Split']);
    expect(parallel[0]!.message).toContain('并行网关');
    expect(ids(inclusive)).toEqual(['Split']);
  });

  it('passes when the branches meet in a joining gateway', async () => {
    // when
    const found = await issues('yilian/split-joined', split('parallelGateway', true));

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/exclusive-default', () => {
  const gateway = (first: string, second: string, withDefault = false) => `
    <bpmn:exclusiveGateway id="Decide" ${withDefault ? 'default="F2"' : ''}><bpmn:outgoing>F1</bpmn:outgoing><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:userTask id="A"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask><bpmn:userTask id="B"><bpmn:incoming>F2</bpmn:incoming></bpmn:userTask>
    <bpmn:sequenceFlow id="F1" sourceRef="Decide" targetRef="A">${first}</bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="F2" sourceRef="Decide" targetRef="B">${second}</bpmn:sequenceFlow>`;

  it('flags a forking exclusive gateway without default whose conditions may all be false', async () => {
    // when
    const gaps = await issues('yilian/exclusive-default', gateway(cond('area &gt; 300'), cond('area &lt; 300')));
    const missing = await issues('yilian/exclusive-default', gateway(cond('area &gt;= 300'), ''));

    // then
    expect(ids(gaps)).toEqual(['Decide']);
    expect(ids(missing)).toEqual(['Decide']);
  });

  it('passes a default flow or conditions that cover every case', async () => {
    // when
    const found = [
      ...(await issues('yilian/exclusive-default', gateway(cond('area &gt; 300'), '', true))),
      ...(await issues('yilian/exclusive-default', gateway(cond('area &gt;= 300'), cond('area &lt; 300')))),
      ...(await issues('yilian/exclusive-default', gateway(cond('sellsTobacco'), cond('not(sellsTobacco)')))),
      ...(await issues('yilian/exclusive-default', gateway(cond('sellsTobacco = true'), cond('sellsTobacco = false')))),
      ...(await issues('yilian/exclusive-default', gateway(cond('area &gt; 300'), cond('true')))),
    ];

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/feel-condition', () => {
  const flows = (...bodies: string[]) => `
    <bpmn:userTask id="Task_1" yilian:role="window-clerk"><bpmn:outgoing>T</bpmn:outgoing></bpmn:userTask>
    <bpmn:inclusiveGateway id="Or"><bpmn:incoming>T</bpmn:incoming>${bodies.map((_, i) => `<bpmn:outgoing>F${i}</bpmn:outgoing>`).join('')}</bpmn:inclusiveGateway>
    <bpmn:sequenceFlow id="T" sourceRef="Task_1" targetRef="Or" />
    ${bodies.map((body, i) => `<bpmn:userTask id="To${i}"><bpmn:incoming>F${i}</bpmn:incoming></bpmn:userTask><bpmn:sequenceFlow id="F${i}" sourceRef="Or" targetRef="To${i}">${body}</bpmn:sequenceFlow>`).join('')}`;
  const options = { knownKeys: ['premises.area', 'sellsTobacco'] };

  it('flags syntax errors, unknown keys and non-FEEL languages', async () => {
    // when
    const found = await issues(
      'yilian/feel-condition',
      flows(
        cond('premises.area &gt;='),
        cond('premises.size &gt; 3'),
        cond('${approved}'),
        '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">a &gt; 1</bpmn:conditionExpression>',
      ),
      options,
    );

    // then
    expect(ids(found)).toEqual(['F0', 'F1', 'F2', 'F3']);
    expect(found[0]!.message).toContain('语法错误');
    expect(found[1]!.message).toContain('未知变量「premises.size」');
    expect(found[3]!.message).toContain('只支持 FEEL');
  });

  it('names the same problems in English', async () => {
    // when
    const found = await issues(
      'yilian/feel-condition',
      flows(cond('premises.area &gt;='), cond('sellsTobaco = true'), cond('')),
      { ...options, locale: 'en' },
    );

    // then
    expect(found.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^branch condition F0: syntax error at \d+: premises\.area >=$/),
      'branch condition F1: unknown variable "sellsTobaco" (sellsTobaco = true)',
      'branch condition F2: the expression is empty',
    ]);
  });

  it('flags conditions the engine ignores: out of a parallel gateway or out of a task', async () => {
    // given
    const content = `
      <bpmn:parallelGateway id="And"><bpmn:outgoing>P</bpmn:outgoing></bpmn:parallelGateway>
      <bpmn:userTask id="A"><bpmn:incoming>P</bpmn:incoming><bpmn:outgoing>Q</bpmn:outgoing></bpmn:userTask>
      <bpmn:userTask id="B"><bpmn:incoming>Q</bpmn:incoming></bpmn:userTask>
      <bpmn:sequenceFlow id="P" sourceRef="And" targetRef="A">${cond('sellsTobacco')}</bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="Q" sourceRef="A" targetRef="B">${cond('sellsTobacco')}</bpmn:sequenceFlow>`;

    // when
    const found = await issues('yilian/feel-condition', content, options);

    // then
    expect(ids(found)).toEqual(['P', 'Q']);
    expect(found[0]!.message).toContain('并行网关');
  });

  it('flags a multi-instance completion condition over unknown keys', async () => {
    // when
    const found = await issues(
      'yilian/feel-condition',
      `<bpmn:userTask id="Sign" yilian:role="reviewer" yilian:department="scjg"><bpmn:multiInstanceLoopCharacteristics>
         <bpmn:completionCondition xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">nrOfSigned = 2</bpmn:completionCondition>
       </bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`,
      options,
    );

    // then
    expect(ids(found)).toEqual(['Sign']);
    expect(found[0]!.message).toContain('多实例完成条件');
  });

  it('passes FEEL over situation keys, field keys, task outcomes and engine counters', async () => {
    // when
    const found = await issues(
      'yilian/feel-condition',
      `${flows(cond('premises.area &gt;= 300'), cond('sellsTobacco = true and outcome_Task_1 = "approved"'), cond('true'))}
       <bpmn:userTask id="Sign" yilian:role="reviewer" yilian:department="scjg"><bpmn:multiInstanceLoopCharacteristics>
         <bpmn:completionCondition xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">nrOfCompletedInstances &gt;= nrOfInstances / 2</bpmn:completionCondition>
       </bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`,
      options,
    );

    // then
    expect(found).toEqual([]);
  });
});

describe('yilian/supported-element', () => {
  it('flags elements the engine cannot run, naming each', async () => {
    // when
    const found = await issues(
      'yilian/supported-element',
      `<bpmn:startEvent id="MessageStart"><bpmn:messageEventDefinition /></bpmn:startEvent>
       <bpmn:scriptTask id="Script" name="算分" />
       <bpmn:task id="Plain" />
       <bpmn:complexGateway id="Complex" />
       <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
       <bpmn:userTask id="Host" yilian:role="window-clerk" />
       <bpmn:boundaryEvent id="OnError" attachedToRef="Host"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
       <bpmn:userTask id="Looping" yilian:role="window-clerk"><bpmn:standardLoopCharacteristics /></bpmn:userTask>
       <bpmn:serviceTask id="ManyServices"><bpmn:multiInstanceLoopCharacteristics /></bpmn:serviceTask>
       <bpmn:subProcess id="OnEvent" triggeredByEvent="true" />
       <bpmn:transaction id="Tx" />`,
    );

    // then
    expect(ids(found)).toEqual(['MessageStart', 'Script', 'Plain', 'Complex', 'Wait', 'OnError', 'Looping', 'ManyServices', 'OnEvent', 'Tx']);
    expect(found[1]!.message).toBe('「算分」（Script）：不支持脚本任务（流程引擎无法执行）');
  });

  it('flags message flows between pools', async () => {
    // given
    const collaboration = `<bpmn:collaboration id="Collab"><bpmn:participant id="P1" processRef="Process_1" /><bpmn:participant id="P2" /><bpmn:messageFlow id="Message" sourceRef="P1" targetRef="P2" /></bpmn:collaboration>`;

    // when
    const found = await issues('yilian/supported-element', '', {}, collaboration);

    // then
    expect(ids(found)).toEqual(['Message']);
  });

  it('passes everything the engine runs and what only draws', async () => {
    // when
    const found = await issues(
      'yilian/supported-element',
      `<bpmn:startEvent id="Start" /><bpmn:endEvent id="End" />
       <bpmn:userTask id="Review" yilian:role="reviewer" yilian:department="scjg"><bpmn:multiInstanceLoopCharacteristics isSequential="true" /></bpmn:userTask>
       <bpmn:serviceTask id="Notify" /><bpmn:callActivity id="Call" />
       <bpmn:exclusiveGateway id="X" /><bpmn:parallelGateway id="P" /><bpmn:inclusiveGateway id="O" />
       <bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart" /></bpmn:subProcess>
       <bpmn:boundaryEvent id="Deadline" attachedToRef="Review"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
       <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />
       <bpmn:dataObject id="DataObject_1" /><bpmn:dataObjectReference id="Data" dataObjectRef="DataObject_1" />
       <bpmn:textAnnotation id="Note"><bpmn:text>注</bpmn:text></bpmn:textAnnotation>
       <bpmn:association id="Link" sourceRef="Note" targetRef="Review" />
       <bpmn:group id="Group" />`,
    );

    // then
    expect(found).toEqual([]);
  });
});
