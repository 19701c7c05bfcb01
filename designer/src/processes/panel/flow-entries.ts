/**
 * Entries of a sequence flow out of an exclusive or inclusive gateway: its FEEL condition, checked as
 * you type against the chain's keys, the engine's variables and every task's outcome variable, and
 * whether it is the gateway's default flow. A flow cannot be both (bpmn-js-properties-panel's
 * ConditionProps drops the default when the flow gets a condition): each switch is one undo step.
 */
import { checkFeel, ENGINE_VARIABLES, outcomeVariable, type ModdleElement } from '@yilian/shared';
import { is, many } from './moddle';
import { updateProperties } from './panel-commands';
import type { DiagramElement, PanelContext, PanelEntry, PropertyCommand } from './panel-types';

/** Where condition problems are said to come from (checkFeel prefixes its messages with it). */
const SOURCE = '分支条件';

/** True for a flow whose condition the engine evaluates: out of an exclusive or inclusive gateway. */
export function isConditionalFlow(flow: ModdleElement): boolean {
  const source = flow.get('sourceRef');
  return is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway');
}

function definitionsOf(element: ModdleElement): ModdleElement | undefined {
  let current: ModdleElement | undefined = element;
  while (current && !is(current, 'bpmn:Definitions')) current = current.$parent;
  return current;
}

/** The outcome variable of every user task in the model (`outcome_<taskId>`). */
export function outcomeVariables(element: ModdleElement): string[] {
  const out: string[] = [];
  const visit = (container: ModdleElement) => {
    for (const child of many(container, 'flowElements')) {
      if (is(child, 'bpmn:UserTask') && child.id) out.push(outcomeVariable(child.id));
      if (is(child, 'bpmn:SubProcess')) visit(child);
    }
  };
  const definitions = definitionsOf(element);
  for (const root of definitions ? many(definitions, 'rootElements') : []) if (is(root, 'bpmn:Process')) visit(root);
  return out;
}

/** The names a condition may read. */
export function conditionVariables(flow: ModdleElement, knownKeys: readonly string[]): string[] {
  return [...new Set([...knownKeys, ...ENGINE_VARIABLES, ...outcomeVariables(flow)])];
}

const conditionOf = (flow: ModdleElement): string => {
  const expression = flow.get('conditionExpression') as ModdleElement | undefined;
  const body = expression?.get('body');
  return typeof body === 'string' ? body : '';
};

export function flowEntries(element: DiagramElement, ctx: PanelContext): PanelEntry[] {
  const flow = element.businessObject;
  const gateway = flow.get('sourceRef') as ModdleElement;
  const gatewayElement = (): DiagramElement | undefined => ctx.elementOf(gateway);
  const isDefault = () => gateway.get('default') === flow;

  const condition: PanelEntry = {
    id: 'condition',
    kind: 'feel',
    labelKey: 'processes.panel.condition',
    hintKey: 'processes.panel.conditionHint',
    get: () => conditionOf(flow),
    set: (value) => {
      const body = value.trim();
      if (body === conditionOf(flow).trim()) return [];
      if (body === '') return [updateProperties(element, { conditionExpression: undefined })];
      const expression = ctx.factory.create('bpmn:FormalExpression', { body });
      expression.$parent = flow;
      const commands: PropertyCommand[] = [updateProperties(element, { conditionExpression: expression })];
      const source = gatewayElement();
      if (isDefault() && source) commands.push(updateProperties(source, { default: undefined }));
      return commands;
    },
    validate: (value) => {
      if (value.trim() === '') return isDefault() ? null : { key: 'processes.panel.conditionMissing' };
      const problems = checkFeel(value, conditionVariables(flow, ctx.knownKeys), SOURCE);
      return problems.length > 0 ? { text: problems.map((p) => p.message.replace(`${SOURCE}: `, '')).join('；') } : null;
    },
  };

  const defaultFlow: PanelEntry = {
    id: 'default',
    kind: 'switch',
    labelKey: 'processes.panel.defaultFlow',
    hintKey: 'processes.panel.defaultFlowHint',
    get: isDefault,
    set: (value) => {
      const source = gatewayElement();
      if (!source || value === isDefault()) return [];
      if (!value) return [updateProperties(source, { default: undefined })];
      const commands: PropertyCommand[] = [updateProperties(source, { default: flow })];
      if (flow.get('conditionExpression')) commands.push(updateProperties(element, { conditionExpression: undefined }));
      return commands;
    },
  };

  return [condition, defaultFlow];
}
