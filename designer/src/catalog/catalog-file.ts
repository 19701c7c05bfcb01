// Reading a chosen catalog file before upload: size limit, JSON syntax (with line/column), a summary.
import { CATALOG_MAX_BYTES } from '../api/catalog';
import { formatBytes } from './matter-text';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** What the file holds, shown before the upload. */
export interface CatalogFileSummary {
  matters: number;
  chains: number;
  elements: number;
}

export type CatalogFileCheck =
  | { ok: true; text: string; summary: CatalogFileSummary }
  | { ok: false; error: string; /** The line around a JSON syntax error. */ excerpt?: string };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The offset a JSON.parse error names (V8: "… at position 123 …"), if any. */
function errorOffset(message: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** The offending line (up to 40 characters either side of the column) with a caret under the column. */
export function excerptAt(text: string, line: number, column: number): string {
  const content = text.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 41);
  const shown = content.slice(start, column + 40).replace(/\t/g, ' ');
  return `${shown}\n${' '.repeat(column - 1 - start)}^`;
}

const countOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** Checks a catalog file's text: valid JSON, one object; the error names the line and column. */
export function checkCatalogText(text: string, t: Translate): CatalogFileCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = errorOffset(message);
    // V8 repeats the position ("… in JSON at position 1292 (line 60 column 7)"); we name line and column ourselves.
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '');
    if (offset === undefined) return { ok: false, error: t('catalog.import.notJson', { message: reason }) };
    const at = lineColumn(text, offset);
    return { ok: false, error: t('catalog.import.notJsonAt', { ...at, message: reason }), excerpt: excerptAt(text, at.line, at.column) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: t('catalog.import.notObject') };
  }
  const doc = parsed as Record<string, unknown>;
  return { ok: true, text, summary: { matters: countOf(doc.matters), chains: countOf(doc.chains), elements: countOf(doc.dataElements) } };
}

/** Checks a chosen file: a .json name, at most 20 MiB (before reading it), then its JSON text. */
export async function checkCatalogFile(file: File, t: Translate): Promise<CatalogFileCheck> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') return { ok: false, error: t('catalog.import.wrongType') };
  if (file.size > CATALOG_MAX_BYTES) return { ok: false, error: t('catalog.import.tooLarge', { size: formatBytes(file.size) }) };
  return checkCatalogText(await file.text(), t);
}
