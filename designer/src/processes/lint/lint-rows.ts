/** Lint findings as the designer lists them: bpmn-js-bpmnlint's `linting.completed` issues, or the API's `lint`. */
import type { ProcessLintIssue } from '@yilian/shared';

export interface LintRow {
  /** The element the finding is about (what a click selects). */
  elementId: string;
  rule: string;
  category: 'error' | 'warn';
  message: string;
}

/** One issue of bpmn-js-bpmnlint (grouped by the element it shows on). */
interface ModelerIssue {
  id?: string;
  actualElementId?: string;
  rule?: string;
  category?: string;
  message?: string;
}

const ORDER = { error: 0, warn: 1 } as const;

/** Errors first, then warnings, each in element order; info and rule crashes are left out. */
function sorted(rows: LintRow[]): LintRow[] {
  return rows.sort((a, b) => ORDER[a.category] - ORDER[b.category] || a.elementId.localeCompare(b.elementId) || a.message.localeCompare(b.message));
}

/** The modeler's issues as rows (an issue on an element that is not drawn keeps that element's id). */
export function rowsFromModeler(issues: Readonly<Record<string, readonly ModelerIssue[]>>): LintRow[] {
  const rows: LintRow[] = [];
  for (const [shownOn, list] of Object.entries(issues)) {
    for (const issue of list) {
      if (issue.category !== 'error' && issue.category !== 'warn') continue;
      rows.push({ elementId: issue.actualElementId ?? issue.id ?? shownOn, rule: issue.rule ?? '', category: issue.category, message: issue.message ?? '' });
    }
  }
  return sorted(rows);
}

/** The API's lint as rows. */
export function rowsFromApi(lint: readonly ProcessLintIssue[]): LintRow[] {
  return sorted(lint.map((issue) => ({ ...issue })));
}
