/**
 * yilian/feel-condition: every condition is FEEL over known keys — gateway branch conditions and
 * multi-instance completion conditions. Known keys: the rule configuration's (situation keys and
 * merged field keys), the engine variables and the `outcome_<taskId>` of every user task.
 * Conditions on flows the engine does not evaluate (out of a parallel gateway or a task) are named too.
 */
import { checkFeel } from '../../../feel';
import { ENGINE_VARIABLES, outcomeVariable } from '../../engine-variables';
import { is, many, one, text, type LintReporter, type ModdleElement, type RuleFactory } from '../../moddle-types';
import { lintLocaleOf, lintText, type ConditionKind, type LintText } from '../lint-text';

/** Rule configuration. */
export interface FeelConditionConfig {
  knownKeys?: readonly string[];
}

const FEEL_LANGUAGE = /feel/i;

/** Outcome variables of every user task in the model. */
function outcomeVariables(root: ModdleElement): string[] {
  const out: string[] = [];
  const visit = (container: ModdleElement) => {
    for (const element of many(container, 'flowElements')) {
      if (is(element, 'bpmn:UserTask') && element.id) out.push(outcomeVariable(element.id));
      if (is(element, 'bpmn:SubProcess')) visit(element);
    }
  };
  for (const rootElement of many(root, 'rootElements')) if (is(rootElement, 'bpmn:Process')) visit(rootElement);
  return out;
}

/** The definitions above an element. */
function definitionsOf(element: ModdleElement): ModdleElement | undefined {
  let current: ModdleElement | undefined = element;
  while (current && !is(current, 'bpmn:Definitions')) current = current.$parent;
  return current;
}

/**
 * checkFeel's problems in words; when the interpreter itself throws (feelin 8 fails formatting a
 * missing member of a known object, e.g. `premises.size` beside `premises.area`, and on some
 * built-ins), the dotted names that are not known keys, or the interpreter's message.
 */
function problemsOf(expression: string, variables: readonly string[], source: string, t: LintText): string[] {
  try {
    return checkFeel(expression, variables, source).map((problem) => {
      if (problem.kind === 'unknown-variable' && problem.name !== undefined) return t.unknownVariable(source, problem.name, expression);
      if (problem.kind === 'syntax') {
        return expression.trim() === '' ? t.emptyExpression(source) : t.syntaxError(source, problem.position?.from, expression);
      }
      return problem.message;
    });
  } catch (error) {
    const known = new Set(variables);
    const paths = [...expression.matchAll(/(?<![\w."])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)/g)].map((m) => m[1]!);
    const unknown = [...new Set(paths.filter((path) => !known.has(path)))];
    if (unknown.length > 0) return unknown.map((path) => t.unknownVariable(source, path, expression));
    return [t.cannotEvaluate(source, error instanceof Error ? error.message : String(error), expression)];
  }
}

export const feelCondition: RuleFactory = (config) => {
  const configured = (config as FeelConditionConfig | undefined)?.knownKeys ?? [];
  const t = lintText(lintLocaleOf(config));
  const variablesByModel = new WeakMap<ModdleElement, string[]>();
  const variablesFor = (element: ModdleElement): string[] => {
    const definitions = definitionsOf(element);
    if (!definitions) return [...configured, ...ENGINE_VARIABLES];
    let variables = variablesByModel.get(definitions);
    if (!variables) {
      variables = [...new Set([...configured, ...ENGINE_VARIABLES, ...outcomeVariables(definitions)])];
      variablesByModel.set(definitions, variables);
    }
    return variables;
  };
  const checkExpression = (owner: ModdleElement, expression: ModdleElement, kind: ConditionKind, reporter: LintReporter) => {
    const language = text(expression, 'language');
    if (language !== undefined && language !== '' && !FEEL_LANGUAGE.test(language)) {
      reporter.report(owner.id, t.conditionLanguage(kind, language), ['conditionExpression']);
      return;
    }
    const body = text(expression, 'body') ?? '';
    const source = t.conditionSource(kind, t.label(owner));
    for (const message of problemsOf(body, variablesFor(owner), source, t)) reporter.report(owner.id, message, ['conditionExpression']);
  };
  return {
    check(node, reporter) {
      if (is(node, 'bpmn:SequenceFlow')) {
        const expression = one(node, 'conditionExpression');
        if (!expression) return;
        const source = one(node, 'sourceRef');
        if (source && is(source, 'bpmn:ParallelGateway')) {
          reporter.report(node.id, t.parallelCondition(t.label(node)), ['conditionExpression']);
          return;
        }
        if (source && !is(source, 'bpmn:ExclusiveGateway') && !is(source, 'bpmn:InclusiveGateway')) {
          reporter.report(node.id, t.ignoredCondition(t.label(node)), ['conditionExpression']);
          return;
        }
        checkExpression(node, expression, 'branch', reporter);
      } else if (is(node, 'bpmn:MultiInstanceLoopCharacteristics')) {
        const expression = one(node, 'completionCondition');
        const owner = node.$parent;
        if (expression && owner) checkExpression(owner, expression, 'completion', reporter);
      }
    },
  };
};
