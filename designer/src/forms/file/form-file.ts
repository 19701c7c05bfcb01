/** Importing a form schema from a JSON file: parsed, then checked exactly as the server checks a save. */
import { checkFormSchema, formKnownKeys, type FormProblem, type FormSchema, type Situation } from '@yilian/shared';

export type FormFileRead = { ok: true; schema: FormSchema } | { ok: false; problems: FormProblem[] };

/**
 * Reads a schema file's text; every problem names its schema path (a JSON error names the file).
 * Rules may read situation keys, merged keys and the file's own keys; the file's keys are collected
 * only once its tree is well-formed (a malformed tree reports its structural problems first).
 */
export function readFormFile(text: string, situations: readonly Situation[], mergedKeys: readonly string[]): FormFileRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '', code: 'invalid_json', message: err instanceof Error ? err.message : String(err) }] };
  }
  const structural = checkFormSchema(value, formKnownKeys(situations, mergedKeys)).filter((p) => p.code !== 'unknown_key');
  if (structural.length > 0) return { ok: false, problems: structural };
  const schema = value as FormSchema;
  const problems = checkFormSchema(schema, formKnownKeys(situations, mergedKeys, schema));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schema };
}

/** The export's file name: `<chain code>-form.json`. */
export const formFileName = (chainCode: string): string => `${chainCode.replace(/[^\w.-]/g, '_') || 'chain'}-form.json`;
