// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of untyped packages must reach every program that imports @yilian/shared
/// <reference path="./vendor-modules.d.ts" />
/** The small, loose view of moddle elements and bpmnlint shapes the process core works with. */

/** A bpmn-moddle element (`bpmn:UserTask`, `bpmndi:BPMNShape`, …); properties are read with the helpers below. */
export interface ModdleElement {
  readonly $type: string;
  $parent?: ModdleElement;
  /** Attributes moddle does not know (other modelers' namespaces), kept for export. */
  $attrs?: Record<string, string>;
  id?: string;
  name?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  $instanceOf(type: string): boolean;
  [property: string]: unknown;
}

/** A bpmnlint rule setting: a category, or a category with the rule's configuration. */
export type RuleSetting = 'off' | 'warn' | 'error' | 0 | 1 | 2 | readonly ['off' | 'warn' | 'error', unknown?];

/** A bpmnlint configuration (`extends` names configs through the resolver). */
export interface LintConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
}

/** What a rule reports through. */
export interface LintReporter {
  report(id: string | undefined, message: string, path?: string[] | Record<string, unknown>): void;
}

/** A bpmnlint rule: `check` runs on every element of the model tree (or `enter`/`leave`). */
export interface RuleDefinition {
  meta?: { documentation?: { url?: string } };
  check: ((node: ModdleElement, reporter: LintReporter) => boolean | void) | {
    enter?: (node: ModdleElement, reporter: LintReporter) => boolean | void;
    leave?: (node: ModdleElement, reporter: LintReporter) => void;
  };
}

/** A bpmnlint rule factory: configuration in, rule out. */
export type RuleFactory = (config?: unknown) => RuleDefinition;

/** bpmnlint's resolver interface (rules and configs by package and name). */
export interface LintResolver {
  resolveRule(pkg: string, ruleName: string): RuleFactory;
  resolveConfig(pkg: string, configName: string): LintConfig;
}

/** True when `element` is (a subtype of) `type`, e.g. `bpmn:Gateway` (narrows an unknown value). */
export function is(element: ModdleElement, type: string): boolean;
export function is(element: unknown, type: string): element is ModdleElement;
export function is(element: unknown, type: string): boolean {
  return isModdleElement(element) && element.$instanceOf(type);
}

/** True for any moddle element. */
export function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $instanceOf?: unknown }).$instanceOf === 'function';
}

/** A collection property (`flowElements`, `outgoing`, …) as an array of elements; missing = empty. */
export function many(element: ModdleElement, property: string): ModdleElement[] {
  const value = element.get(property);
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

/** A single element-valued property (`sourceRef`, `default`, …), or undefined. */
export function one(element: ModdleElement, property: string): ModdleElement | undefined {
  const value = element.get(property);
  return isModdleElement(value) ? value : undefined;
}

/** A string-valued property (attributes, bodies), or undefined. */
export function text(element: ModdleElement, property: string): string | undefined {
  const value = element.get(property);
  return typeof value === 'string' ? value : undefined;
}
