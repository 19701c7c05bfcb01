// Differences between two versions of a matter, by top-level element (what the server calls `changed`).

/** The i18n key naming each element of a matter; other keys are shown as they are. */
export const ELEMENT_LABEL_KEYS: Record<string, string> = {
  code: 'catalog.list.code',
  name: 'catalog.list.name',
  department: 'catalog.list.department',
  type: 'catalog.list.type',
  subject: 'catalog.list.subject',
  legalBasis: 'catalog.matter.legalBasis',
  conditions: 'catalog.matter.conditions',
  steps: 'catalog.matter.steps',
  legalLimitDays: 'catalog.matter.legalLimit',
  promisedLimitDays: 'catalog.matter.promisedLimit',
  fee: 'catalog.matter.fee',
  visits: 'catalog.matter.visits',
  result: 'catalog.matter.result',
  resultELicense: 'catalog.material.eLicense',
  materials: 'catalog.matter.materials',
  fields: 'catalog.matter.fields',
  dependsOn: 'catalog.matter.dependsOn',
};

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The top-level keys whose values differ (a missing key equals null), in the newer version's key order. */
export function changedElements(older: Record<string, unknown>, newer: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(newer), ...Object.keys(older)])];
  return keys.filter((key) => canonicalJson(older[key] ?? null) !== canonicalJson(newer[key] ?? null));
}

/** A short text of one element's value for the comparison table. */
export function elementText(key: string, value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(key === 'steps' ? ' → ' : '、');
  const text = JSON.stringify(value);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
