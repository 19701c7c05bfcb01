/**
 * The bench form: 1,000 fields in 10 sections of 100, mixed catalog types, 20 FEEL linkage rules.
 * Deterministic (no randomness), built in the page so both renderings start from the same object.
 * Nodes have the shape shared `fieldNode` gives a catalog field (title, FormItem decorator, catalog
 * type as `x-component`, required, help, options, limits); keys are flat FEEL names (`s3_f042`).
 */
import type { FieldType, FormReaction, FormSchema, FormSchemaNode } from '@yilian/shared';

export const SECTIONS = 10;
export const FIELDS_PER_SECTION = 100;

/** The mix of one section, in order (cycled); the first field of every section is text. */
const TYPES: readonly FieldType[] = [
  'text', 'number', 'select', 'date', 'boolean', 'textarea', 'integer', 'mobile', 'text', 'money',
  'select', 'idcard', 'area', 'email', 'multiselect', 'text', 'datetime', 'boolean', 'number', 'text',
];

const JSON_TYPES: Partial<Record<FieldType, FormSchemaNode['type']>> = {
  number: 'number', integer: 'number', area: 'number', money: 'number', boolean: 'boolean', multiselect: 'array',
};

const OPTIONS = ['甲类', '乙类', '丙类', '丁类', '其他'].map((option) => ({ label: option, value: option }));

export const fieldKey = (section: number, index: number): string => `s${section}_f${String(index).padStart(3, '0')}`;

/** The field typed into by the keystroke figure: the first text field of the first section. */
export const TYPED_KEY = fieldKey(0, 0);

function field(section: number, index: number): FormSchemaNode {
  const type = TYPES[index % TYPES.length]!;
  const node: FormSchemaNode = {
    type: JSON_TYPES[type] ?? 'string',
    title: `字段 ${section + 1}-${index + 1}（${type}）`,
    'x-decorator': 'FormItem',
    'x-component': type,
  };
  if (index % 3 === 0) node.required = true;
  if (index % 10 === 7) node.description = '请与证件上的信息保持一致';
  if (type === 'select' || type === 'multiselect') node.enum = OPTIONS;
  if (type === 'text') node['x-validator'] = { maxLength: 100 };
  if (type === 'integer') node['x-validator'] = { minimum: 0, maximum: 9999 };
  return node;
}

const rule = (when: string, fulfill: FormReaction['fulfill'], otherwise: FormReaction['otherwise']): FormReaction => ({ when: `{{ ${when} }}`, fulfill, otherwise });

/**
 * Two rules per section (20): a field shown while a switch is on, a field required while a number is
 * large. In the first section the second rule reads the typed field instead, so every keystroke
 * re-evaluates a rule, as typing into a field with dependants does.
 */
function rules(section: number): Record<string, FormReaction> {
  const show = rule(`${fieldKey(section, 4)} = true`, { state: { visible: true } }, { state: { visible: false } });
  const requireWhen = section === 0 ? `${TYPED_KEY} = "yes"` : `${fieldKey(section, 1)} >= 100`;
  const require = rule(requireWhen, { state: { required: true } }, { state: { required: false } });
  return { [fieldKey(section, 50)]: show, [fieldKey(section, 70)]: require };
}

export function benchSchema(): FormSchema {
  const properties: Record<string, FormSchemaNode> = {};
  for (let s = 0; s < SECTIONS; s += 1) {
    const fields: Record<string, FormSchemaNode> = {};
    const sectionRules = rules(s);
    for (let i = 0; i < FIELDS_PER_SECTION; i += 1) {
      const key = fieldKey(s, i);
      const node = field(s, i);
      const reaction = sectionRules[key];
      fields[key] = reaction ? { ...node, 'x-reactions': [reaction] } : node;
    }
    properties[`section_${s}`] = { type: 'void', title: `第 ${s + 1} 部分`, 'x-component': 'Section', properties: fields };
  }
  return { type: 'object', properties };
}
