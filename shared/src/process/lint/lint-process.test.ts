import bpmnlint from 'bpmnlint';
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../parse-bpmn';
import { bpmnDocument } from '../process-fixtures.test-support';
import { processKnownKeys, processLintConfig, processLinterConfig, processLintResolver, YILIAN_LINT_RULES } from './lint-config';
import { translateLintMessage } from './lint-messages';
import { lintProcess, PARSE_RULE } from './lint-process';

const INCLUSIVE = `
  <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
  <bpmn:inclusiveGateway id="Or" name="按情形"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing><bpmn:outgoing>F3</bpmn:outgoing></bpmn:inclusiveGateway>
  <bpmn:task id="Plain"><bpmn:incoming>F2</bpmn:incoming></bpmn:task>
  <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Or" />
  <bpmn:sequenceFlow id="F2" sourceRef="Or" targetRef="Plain" />
  <bpmn:sequenceFlow id="F3" sourceRef="Or" targetRef="Plain" />`;

describe('lintProcess', () => {
  it('reports bpmnlint recommended rules in zh-CN, without no-inclusive-gateway', async () => {
    // given a model with an inclusive gateway, no DI, no end, an unnamed plain task
    // when
    const issues = await lintProcess(bpmnDocument(INCLUSIVE));

    // then
    const rules = new Set(issues.map((issue) => issue.rule));
    expect(rules.has('no-inclusive-gateway')).toBe(false);
    expect(rules.has('no-bpmndi')).toBe(true);
    expect(issues.find((issue) => issue.rule === 'end-event-required')).toEqual({
      elementId: 'Process_1',
      rule: 'end-event-required',
      category: 'error',
      message: '流程缺少结束事件',
    });
    expect(issues.find((issue) => issue.rule === 'no-bpmndi')?.message).toBe('元素缺少图形信息（BPMN DI），无法显示');
    expect(issues.find((issue) => issue.rule === 'yilian/supported-element')?.elementId).toBe('Plain');
    expect(issues.every((issue) => /[\u4e00-\u9fff]/.test(issue.message))).toBe(true);
  });

  it('speaks English when asked: bpmnlint\'s own words and ours, no Chinese left', async () => {
    // when
    const issues = await lintProcess(bpmnDocument(INCLUSIVE), { locale: 'en' });

    // then
    expect(issues.find((issue) => issue.rule === 'end-event-required')?.message).toBe('Process is missing end event');
    expect(issues.find((issue) => issue.rule === 'yilian/supported-element')?.message).toMatch(/is not supported \(the process engine cannot run it\)$/);
    expect(issues.length).toBeGreaterThan(2);
    const words = issues.map((issue) => issue.message.replace(/"[^"]*"/g, '')); // element names stay as drawn
    expect(words.filter((message) => /[\u4e00-\u9fff]/.test(message))).toEqual([]);
    expect(issues.find((issue) => issue.rule === 'yilian/split-joined')?.message).toBe(
      'The branches of inclusive gateway "按情形" (Or) do not meet again in one parallel or inclusive gateway',
    );
  });

  it('turns a refused file into one yilian/parse error', async () => {
    // when
    const issues = await lintProcess('<bpmn:definitions');

    // then
    expect(issues).toEqual([{ elementId: '', rule: PARSE_RULE, category: 'error', message: expect.stringContaining('XML 格式错误') }]);
  });
});

describe('the { config, resolver } bundle for bpmnlint and bpmn-js-bpmnlint', () => {
  it('extends recommended, turns off no-inclusive-gateway and adds every yilian rule as an error', () => {
    // when
    const config = processLintConfig({ knownKeys: ['premises.area'] });

    // then
    expect(config.extends).toBe('bpmnlint:recommended');
    expect(config.rules?.['no-inclusive-gateway']).toBe('off');
    expect(Object.keys(config.rules ?? {}).filter((name) => name.startsWith('yilian/'))).toEqual(Object.keys(YILIAN_LINT_RULES).map((name) => `yilian/${name}`));
    expect(config.rules?.['yilian/feel-condition']).toEqual(['error', { knownKeys: ['premises.area'], locale: 'zh-CN' }]);
  });

  it('resolves statically by package and name and refuses anything else', () => {
    // then
    expect(processLintResolver.resolveConfig('bpmnlint', 'recommended').rules?.['label-required']).toBe('error');
    expect(typeof processLintResolver.resolveRule('bpmnlint', 'label-required')).toBe('function');
    expect(typeof processLintResolver.resolveRule('bpmnlint-plugin-yilian', 'feel-condition')).toBe('function');
    expect(() => processLintResolver.resolveRule('bpmnlint', 'no-such-rule')).toThrow('unknown rule <bpmnlint/no-such-rule>');
    expect(() => processLintResolver.resolveConfig('bpmnlint', 'all')).toThrow('unknown config <bpmnlint/all>');
  });

  it("drives bpmnlint's own Linter as the modeler does (known keys are rule config: one Linter per key set)", async () => {
    // given a condition over a situation key
    const parsed = await parseBpmn(
      bpmnDocument(`
        <bpmn:exclusiveGateway id="X" default="F2"><bpmn:outgoing>F1</bpmn:outgoing><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
        <bpmn:endEvent id="A"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent><bpmn:endEvent id="B"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" name="大" sourceRef="X" targetRef="A"><bpmn:conditionExpression>premises.area &gt;= 300</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="F2" sourceRef="X" targetRef="B" />`),
    );
    if (!parsed.ok) throw new Error(parsed.message);

    // when
    const without = await new bpmnlint.Linter(processLinterConfig()).lint(parsed.definitions);
    const withKeys = await new bpmnlint.Linter(processLinterConfig({ knownKeys: ['premises.area'] })).lint(parsed.definitions);

    // then
    expect([...new Set(without['yilian/feel-condition']?.map((r) => `${r.id} ${r.category}`))]).toEqual(['F1 error']);
    expect(withKeys['yilian/feel-condition']).toBeUndefined();
  });
});

describe('processKnownKeys', () => {
  it('lists situation keys, then merged field keys, once each', () => {
    // when
    const keys = processKnownKeys([{ key: 'premises.area' }, { key: 'sellsTobacco' }], ['enterprise.name', 'premises.area']);

    // then
    expect(keys).toEqual(['premises.area', 'sellsTobacco', 'enterprise.name']);
  });
});

describe('translateLintMessage', () => {
  it('translates fixed and parameterised bpmnlint messages and leaves others alone', () => {
    // when / then
    expect(translateLintMessage('Gateway forks and joins')).toBe('网关同时汇合又分叉：请拆成一个汇合网关和一个分叉网关');
    expect(translateLintMessage('Sub process is missing start event')).toBe('子流程缺少开始事件');
    expect(translateLintMessage('Element type <bpmn:ComplexGateway> is discouraged')).toBe('不建议使用元素类型 bpmn:ComplexGateway');
    expect(translateLintMessage('已是中文')).toBe('已是中文');
  });
});
