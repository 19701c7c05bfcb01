/**
 * The baseline's copy of the bench schema: our catalog types mapped to @formily/element-plus components
 * and our FEEL rules translated to the JavaScript `{{ }}` expressions Formily's default compiler runs.
 * Bench page only (it needs `new Function`, i.e. `unsafe-eval`; it is never served by our server).
 */
import type { FieldType, FormReaction, FormSchema, FormSchemaNode } from '@yilian/shared';

/** x-component and extra x-component-props per catalog type. */
const COMPONENTS: Partial<Record<FieldType, [string, Record<string, unknown>?]>> = {
  text: ['Input'], idcard: ['Input'], uscc: ['Input'], mobile: ['Input'], email: ['Input'],
  textarea: ['Input.TextArea'],
  number: ['InputNumber'], integer: ['InputNumber'], area: ['InputNumber'], money: ['InputNumber'],
  select: ['Select'], multiselect: ['Select', { multiple: true }],
  date: ['DatePicker', { type: 'date' }], datetime: ['DatePicker', { type: 'datetime' }],
  boolean: ['Switch'],
};

const COMPARISON = /^([A-Za-z_]\w*)\s*(=|!=|>=|<=|>|<)\s*("[^"\\]*"|-?\d+(?:\.\d+)?|true|false|null)$/;
const JS_OPERATORS: Record<string, string> = { '=': '===', '!=': '!==', '>=': '>=', '<=': '<=', '>': '>', '<': '<' };

/**
 * `{{ name op literal [and|or …] }}` (the FEEL the bench schema uses) → `{{ $values.name === literal … }}`.
 * A missing value compares as FEEL null does here: never equal, never ≥.
 */
export function feelToJs(when: string): string {
  const feel = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(when)?.[1]?.trim();
  if (!feel) throw new Error(`not an expression: ${when}`);
  const js = feel.split(/\s+(and|or)\s+/).map((part, i) => {
    if (i % 2 === 1) return part === 'and' ? '&&' : '||';
    const match = COMPARISON.exec(part.trim());
    if (!match) throw new Error(`unsupported FEEL in the bench: ${part}`);
    const [, name, op, literal] = match;
    return `$values.${name} ${JS_OPERATORS[op!]} ${literal}`;
  });
  return `{{ ${js.join(' ')} }}`;
}

const reaction = (r: FormReaction) => ({ ...r, when: feelToJs(r.when) });

function translate(node: FormSchemaNode): Record<string, unknown> {
  const { 'x-component': component, 'x-reactions': reactions, 'x-validator': _limits, 'x-i18n': _i18n, properties, ...rest } = node;
  const out: Record<string, unknown> = { ...rest };
  if (component === 'Section') {
    out['x-component'] = 'BenchSection';
    out['x-component-props'] = { title: node.title };
  } else if (component) {
    const [name, props] = COMPONENTS[component as FieldType] ?? ['Input'];
    out['x-component'] = name;
    out['x-decorator'] = 'FormItem';
    if (props) out['x-component-props'] = { ...props, ...node['x-component-props'] };
  }
  if (reactions?.length) out['x-reactions'] = reactions.map(reaction);
  if (properties) out.properties = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, translate(child)]));
  return out;
}

export const toFormilySchema = (schema: FormSchema): Record<string, unknown> => translate(schema);
