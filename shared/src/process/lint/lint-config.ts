/**
 * The bpmnlint setup shared by the server and the modeler (bpmn-js-bpmnlint's `linting.bpmnlint`):
 * bpmnlint's recommended rules with `no-inclusive-gateway` off, plus our `yilian/*` rules, resolved
 * from a static map keyed `rule:<pkg>/<rule>` / `config:<pkg>/<name>` (no file-system resolution, so
 * it works bundled by Vite and under Node). Every report comes out in zh-CN. Known keys are rule
 * configuration: make a new Linter (bpmn-js-bpmnlint: `linting.setLinterConfig`) when they change.
 */
import recommended from 'bpmnlint/config/recommended.js';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process.js';
import conditionalFlows from 'bpmnlint/rules/conditional-flows.js';
import endEventRequired from 'bpmnlint/rules/end-event-required.js';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js';
import fakeJoin from 'bpmnlint/rules/fake-join.js';
import globalElements from 'bpmnlint/rules/global.js';
import labelRequired from 'bpmnlint/rules/label-required.js';
import linkEvent from 'bpmnlint/rules/link-event.js';
import noBpmndi from 'bpmnlint/rules/no-bpmndi.js';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway.js';
import noDisconnected from 'bpmnlint/rules/no-disconnected.js';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end.js';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start.js';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway.js';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements.js';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js';
import startEventRequired from 'bpmnlint/rules/start-event-required.js';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js';
import superfluousLabel from 'bpmnlint/rules/superfluous-label.js';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js';
import type { LintConfig, LintReporter, LintResolver, RuleDefinition, RuleFactory } from '../moddle-types';
import { translateLintMessage } from './lint-messages';
import { lintLocaleOf, type LintLocale } from './lint-text';
import { exclusiveDefault } from './rules/exclusive-default';
import { feelCondition } from './rules/feel-condition';
import { pathToEnd } from './rules/path-to-end';
import { splitJoined } from './rules/split-joined';
import { supportedElement } from './rules/supported-element';
import { taskAttributes } from './rules/task-attributes';
import { userTaskAssignee } from './rules/user-task-assignee';

/** bpmnlint's recommended rules, by name. */
const BPMNLINT_RULES: Readonly<Record<string, RuleFactory>> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global: globalElements,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

/** Our rules, by name; reported as `yilian/<name>`. */
export const YILIAN_LINT_RULES = {
  'user-task-assignee': userTaskAssignee,
  'task-attributes': taskAttributes,
  'path-to-end': pathToEnd,
  'split-joined': splitJoined,
  'exclusive-default': exclusiveDefault,
  'feel-condition': feelCondition,
  'supported-element': supportedElement,
} as const satisfies Readonly<Record<string, RuleFactory>>;

/** Stable names of our rules as they appear in lint results (`yilian/feel-condition`, …). */
export type YilianRuleName = `yilian/${keyof typeof YILIAN_LINT_RULES}`;

/** The package bpmnlint derives from the `yilian/` rule prefix. */
const PLUGIN = 'bpmnlint-plugin-yilian';

/** Wraps a rule so that its reports reach bpmnlint in the configured locale (bpmnlint's own are English). */
function localized(factory: RuleFactory): RuleFactory {
  return (config) => {
    const rule: RuleDefinition = factory(config);
    if (lintLocaleOf(config) === 'en') return rule;
    const translated = (reporter: LintReporter): LintReporter => ({
      report: (id, message, path) => reporter.report(id, translateLintMessage(message), path),
    });
    const check = rule.check;
    if (typeof check === 'function') return { ...rule, check: (node, reporter) => check(node, translated(reporter)) };
    return {
      ...rule,
      check: {
        ...(check.enter ? { enter: (node, reporter) => check.enter!(node, translated(reporter)) } : {}),
        ...(check.leave ? { leave: (node, reporter) => check.leave!(node, translated(reporter)) } : {}),
      },
    };
  };
}

const CACHE: Readonly<Record<string, RuleFactory | LintConfig>> = {
  'config:bpmnlint/recommended': recommended,
  ...Object.fromEntries(Object.entries(BPMNLINT_RULES).map(([name, rule]) => [`rule:bpmnlint/${name}`, localized(rule)])),
  ...Object.fromEntries(Object.entries(YILIAN_LINT_RULES).map(([name, rule]) => [`rule:${PLUGIN}/${name}`, localized(rule)])),
};

/** The static resolver (bpmnlint's `StaticResolver` contract): rules and configs from the map above. */
export const processLintResolver: LintResolver = {
  resolveRule(pkg, ruleName) {
    const rule = CACHE[`rule:${pkg}/${ruleName}`];
    if (typeof rule !== 'function') throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    return rule;
  },
  resolveConfig(pkg, configName) {
    const config = CACHE[`config:${pkg}/${configName}`];
    if (config === undefined || typeof config === 'function') throw new Error(`unknown config <${pkg}/${configName}>`);
    return config;
  },
};

/** What lint knows about the chain. */
export interface ProcessLintOptions {
  /** Keys conditions may read: the chain's situation keys and merged field keys (engine variables are added). */
  knownKeys?: readonly string[];
  /** The chain's merged field keys; when given, field permissions for other keys are reported. */
  fieldKeys?: readonly string[];
  /** The language of the messages; zh-CN by default. */
  locale?: LintLocale;
}

/** The keys a chain's conditions may read besides the engine's: situation keys, then merged field keys. */
export function processKnownKeys(situations: ReadonlyArray<{ key: string }>, mergedFieldKeys: readonly string[]): string[] {
  return [...new Set([...situations.map((situation) => situation.key), ...mergedFieldKeys])];
}

/** The bpmnlint config: recommended minus `no-inclusive-gateway`, plus every `yilian/*` rule as an error; every rule gets the locale. */
export function processLintConfig(options: ProcessLintOptions = {}): LintConfig {
  const locale: LintLocale = options.locale ?? 'zh-CN';
  const recommendedRules = Object.entries(recommended.rules ?? {}).filter(([name]) => name !== 'no-inclusive-gateway');
  return {
    extends: 'bpmnlint:recommended',
    rules: {
      ...Object.fromEntries(recommendedRules.map(([name, level]) => [name, [Array.isArray(level) ? level[0] : level, { locale }]])),
      'no-inclusive-gateway': 'off',
      'yilian/user-task-assignee': ['error', { locale }],
      'yilian/task-attributes': ['error', { fieldKeys: [...(options.fieldKeys ?? [])], locale }],
      'yilian/path-to-end': ['error', { locale }],
      'yilian/split-joined': ['error', { locale }],
      'yilian/exclusive-default': ['error', { locale }],
      'yilian/feel-condition': ['error', { knownKeys: [...(options.knownKeys ?? [])], locale }],
      'yilian/supported-element': ['error', { locale }],
    },
  };
}

/** `{ config, resolver }` for bpmnlint's `new Linter(…)` and bpmn-js-bpmnlint's `linting.bpmnlint`. */
export function processLinterConfig(options: ProcessLintOptions = {}): { config: LintConfig; resolver: LintResolver } {
  return { config: processLintConfig(options), resolver: processLintResolver };
}
