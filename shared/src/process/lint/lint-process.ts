/** Linting a process model with our bpmnlint setup; results flattened for the API and the UI. */
import bpmnlint from 'bpmnlint';
import type { ModdleElement } from '../moddle-types';
import { parseBpmn } from '../parse-bpmn';
import { processLinterConfig, type ProcessLintOptions } from './lint-config';

/** One lint finding. `rule` is bpmnlint's name (`label-required`) or ours (`yilian/feel-condition`). */
export interface LintIssue {
  /** The element reported (a flow node, flow, process…); empty when the file itself is refused. */
  elementId: string;
  rule: string;
  category: 'error' | 'warn';
  /** In the options' locale (zh-CN by default). */
  message: string;
}

const ruleFailed = (locale: ProcessLintOptions['locale'], rule: string, why: string): string =>
  locale === 'en' ? `Lint rule ${rule} failed: ${why}` : `检查规则 ${rule} 执行出错：${why}`;

/** Pseudo rule of an unreadable file (see parseBpmn). */
export const PARSE_RULE = 'yilian/parse';

/** Lints parsed definitions (from parseBpmn) with bpmnlint's recommended rules and ours. */
export async function lintDefinitions(definitions: ModdleElement, options: ProcessLintOptions = {}): Promise<LintIssue[]> {
  const linter = new bpmnlint.Linter(processLinterConfig(options));
  const results = await linter.lint(definitions);
  const issues: LintIssue[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const failed = report.category === 'rule-error';
      issues.push({
        elementId: report.id ?? '',
        rule,
        category: report.category === 'error' || failed ? 'error' : 'warn',
        message: failed ? ruleFailed(options.locale, rule, report.message) : report.message,
      });
    }
  }
  return issues;
}

/**
 * Lints BPMN XML. A file parseBpmn refuses yields one `yilian/parse` error with its message.
 * `knownKeys`: the chain's situation keys and merged field keys.
 */
export async function lintProcess(xml: string | Uint8Array, options: ProcessLintOptions = {}): Promise<LintIssue[]> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) return [{ elementId: '', rule: PARSE_RULE, category: 'error', message: parsed.message }];
  return lintDefinitions(parsed.definitions, options);
}
