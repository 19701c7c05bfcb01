/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module declaration cannot import a relative module; import() types are the way to name ours */
/**
 * Types for the untyped packages the process core uses: bpmn-moddle's entry (its `./types` covers the
 * metamodel only) and bpmnlint (CommonJS, no declarations). Referenced with a
 * triple-slash directive from ./moddle-types.ts so that every program importing @yilian/shared sees them.
 */

declare module 'bpmn-moddle' {
  /** A moddle instance: parses and writes BPMN 2.0 XML; `create` makes typed elements. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
      options?: Record<string, unknown>,
    ): Promise<{
      rootElement: import('./moddle-types').ModdleElement;
      references: unknown[];
      warnings: Array<{ message: string; error?: Error; element?: import('./moddle-types').ModdleElement; property?: string; value?: unknown }>;
      elementsById: Record<string, import('./moddle-types').ModdleElement>;
    }>;
    toXML(element: import('./moddle-types').ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): import('./moddle-types').ModdleElement;
    getType(type: string): unknown;
  }
}

declare module 'bpmnlint' {
  interface LinterOptions {
    config?: import('./moddle-types').LintConfig;
    resolver: import('./moddle-types').LintResolver;
  }
  interface LintReport {
    id?: string;
    path?: string[];
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    [key: string]: unknown;
  }
  export class Linter {
    constructor(options: LinterOptions);
    lint(root: import('./moddle-types').ModdleElement, config?: import('./moddle-types').LintConfig): Promise<Record<string, LintReport[]>>;
  }
  const bpmnlint: { Linter: typeof Linter };
  export default bpmnlint;
}

declare module 'bpmnlint/rules/*' {
  const factory: import('./moddle-types').RuleFactory;
  export default factory;
}

declare module 'bpmnlint/config/recommended.js' {
  const config: { rules: Record<string, import('./moddle-types').RuleSetting> };
  export default config;
}
