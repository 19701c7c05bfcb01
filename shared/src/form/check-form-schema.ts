/**
 * Checks a saved form schema: only the components, properties and expressions the renderer
 * supports. Every `{{ }}` string anywhere must be FEEL over the known keys; `x-reactions` are objects
 * with `when` and `fulfill`/`otherwise` states only (no `run`, `target`, `effects`, functions).
 */
import { fieldPatternProblem } from '../catalog';
import { checkFeel } from '../feel';
import { forbiddenSegment } from '../keys';
import { FIELD_JSON_TYPES, FIELD_PROPS, isFieldType } from './field-kinds';
import { expressionOf, LAYOUT_COMPONENTS, type FormProblem, type FormSchemaNode } from './form-schema';

const NODE_KEYS = new Set(['type', 'title', 'description', 'required', 'default', 'enum', 'properties', 'items', 'x-component', 'x-component-props', 'x-decorator', 'x-validator', 'x-reactions', 'x-i18n', 'x-index']);
const LAYOUT_PROPS: Readonly<Record<string, readonly string[]>> = {
  Section: ['collapsible', 'collapsed'], Steps: [], Step: [], Grid: ['columns'], TextBlock: ['content'],
};
const VALIDATOR_KEYS = new Set(['pattern', 'minimum', 'maximum', 'maxLength']);
const I18N_KEYS = new Set(['title', 'description', 'placeholder', 'options', 'content']);
const STATE_KEYS = new Set(['visible', 'required', 'disabled']);
/** A field key: dotted identifiers (Formily paths allow patterns; we allow names only). */
export const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const LAYOUT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

class Checker {
  readonly problems: FormProblem[] = [];
  private readonly keys = new Map<string, string>();

  constructor(private readonly knownKeys: readonly string[]) {}

  add(path: string, code: string, message: string): void {
    this.problems.push({ path, code, message });
  }

  /** Every string that is an expression must be FEEL over the known keys. */
  expressions(value: unknown, path: string): void {
    if (typeof value === 'string') {
      const feel = expressionOf(value);
      if (feel === undefined) {
        if (/\{\{|\}\}/.test(value)) this.add(path, 'invalid_expression', `${path}: 表达式须整体写在 {{ }} 中`);
        return;
      }
      for (const p of checkFeel(feel, this.knownKeys, path)) {
        this.add(path, p.kind === 'unknown-variable' ? 'unknown_key' : 'invalid_expression', p.message);
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => this.expressions(item, `${path}[${i}]`));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) this.expressions(v, `${path}.${k}`);
  }

  reactions(value: unknown, path: string): void {
    if (!Array.isArray(value)) return this.add(path, 'unsupported_property', `${path}: 须为规则数组`);
    value.forEach((reaction: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isRecord(reaction)) return this.add(at, 'unsupported_property', `${at}: 规则须为对象`);
      for (const key of Object.keys(reaction)) {
        if (!['when', 'fulfill', 'otherwise'].includes(key)) this.add(`${at}.${key}`, 'unsupported_property', `${at}.${key}: 不支持的联动属性（只支持 when、fulfill、otherwise）`);
      }
      if (expressionOf(reaction.when) === undefined) this.add(`${at}.when`, 'invalid_expression', `${at}.when: 须为 {{ FEEL 表达式 }}`);
      for (const branch of ['fulfill', 'otherwise'] as const) {
        const b = reaction[branch];
        if (b === undefined) continue;
        if (!isRecord(b) || Object.keys(b).some((k) => k !== 'state') || !isRecord(b.state)) {
          this.add(`${at}.${branch}`, 'unsupported_property', `${at}.${branch}: 只支持 { state: { visible, required, disabled } }`);
          continue;
        }
        for (const [k, v] of Object.entries(b.state)) {
          if (!STATE_KEYS.has(k) || typeof v !== 'boolean') this.add(`${at}.${branch}.state.${k}`, 'unsupported_property', `${at}.${branch}.state.${k}: 不支持的状态`);
        }
      }
      this.expressions(reaction, at);
    });
  }

  props(component: string, props: unknown, path: string): void {
    if (!isRecord(props)) return this.add(path, 'unsupported_property', `${path}: 须为对象`);
    const allowed = isFieldType(component) ? [...FIELD_PROPS.common, ...FIELD_PROPS[component]] : (LAYOUT_PROPS[component] ?? []);
    for (const key of Object.keys(props)) {
      if (!allowed.includes(key)) this.add(`${path}.${key}`, 'unsupported_property', `${path}.${key}: 组件 ${component} 不支持该属性`);
    }
    this.expressions(props, path);
  }

  node(name: string, node: unknown, path: string, dataPrefix: string, inTable: boolean): void {
    if (!isRecord(node)) return this.add(path, 'invalid_node', `${path}: 须为对象`);
    for (const key of Object.keys(node)) if (!NODE_KEYS.has(key)) this.add(`${path}.${key}`, 'unsupported_property', `${path}.${key}: 不支持的属性`);
    const n = node as unknown as FormSchemaNode;
    const component = n['x-component'];
    const layout = (LAYOUT_COMPONENTS as readonly string[]).includes(String(component));
    if (!layout && !isFieldType(component)) {
      this.add(`${path}.x-component`, 'unsupported_component', `${path}.x-component: 不支持的组件 ${String(component)}`);
      return;
    }
    if (layout) {
      if (n.type !== 'void') this.add(`${path}.type`, 'invalid_node', `${path}.type: 布局组件须为 void`);
      if (!LAYOUT_NAME.test(name)) this.add(path, 'invalid_key', `${path}: 布局节点名须为字母、数字或下划线`);
    } else {
      if (n.type !== FIELD_JSON_TYPES[component as keyof typeof FIELD_JSON_TYPES]) this.add(`${path}.type`, 'invalid_node', `${path}.type: ${String(component)} 字段的类型须为 ${FIELD_JSON_TYPES[component as keyof typeof FIELD_JSON_TYPES]}`);
      const key = dataPrefix === '' ? name : `${dataPrefix}.${name}`;
      if (!FIELD_KEY.test(name) || forbiddenSegment(name) !== undefined) this.add(path, 'invalid_key', `${path}: 字段键须为以点分隔的字母、数字、下划线标识符`);
      else if (!inTable) {
        const first = this.keys.get(key);
        if (first !== undefined) this.add(path, 'duplicate_key', `${path}: 字段 ${key} 重复（与 ${first} 相同）`);
        else this.keys.set(key, path);
      }
    }
    if (n['x-component-props'] !== undefined) this.props(String(component), n['x-component-props'], `${path}.x-component-props`);
    if (n['x-reactions'] !== undefined) this.reactions(n['x-reactions'], `${path}.x-reactions`);
    if (n['x-validator'] !== undefined) this.validator(n['x-validator'], `${path}.x-validator`);
    if (n['x-i18n'] !== undefined) this.i18n(n['x-i18n'], `${path}.x-i18n`);
    if (n.enum !== undefined && (!Array.isArray(n.enum) || !n.enum.every((o) => isRecord(o) && typeof o.label === 'string' && typeof o.value === 'string'))) {
      this.add(`${path}.enum`, 'invalid_node', `${path}.enum: 选项须为 { label, value } 文本`);
    }
    this.expressions({ title: n.title, description: n.description, default: n.default }, path);
    if (component === 'Steps') {
      for (const [child, c] of Object.entries(n.properties ?? {})) {
        if (isRecord(c) && c['x-component'] !== 'Step') this.add(`${path}.properties.${child}`, 'invalid_node', `${path}.properties.${child}: 分步中只能放置步骤`);
      }
    }
    if (n.properties !== undefined) this.children(n.properties, path, layout ? dataPrefix : dataPrefix === '' ? name : `${dataPrefix}.${name}`, inTable);
    if (component === 'table') {
      if (!isRecord(n.items) || !isRecord(n.items.properties)) this.add(`${path}.items`, 'invalid_node', `${path}.items: 表格须定义列`);
      else this.children(n.items.properties, `${path}.items`, '', true);
    }
  }

  validator(value: unknown, path: string): void {
    if (!isRecord(value)) return this.add(path, 'unsupported_property', `${path}: 须为对象`);
    for (const [k, v] of Object.entries(value)) {
      if (!VALIDATOR_KEYS.has(k)) this.add(`${path}.${k}`, 'unsupported_property', `${path}.${k}: 不支持的校验规则`);
      else if (k === 'pattern') {
        // The renderer and the server test whole values with `new RegExp(`^(?:${pattern})$`, 'u')`: it must compile so and not backtrack catastrophically.
        const problem = typeof v === 'string' ? fieldPatternProblem(v, 'u') : '不是有效的正则表达式';
        if (problem !== null) this.add(`${path}.pattern`, 'invalid_pattern', `${path}.pattern: ${problem}`);
      } else if (typeof v !== 'number' || !Number.isFinite(v)) this.add(`${path}.${k}`, 'unsupported_property', `${path}.${k}: 须为数字`);
    }
  }

  i18n(value: unknown, path: string): void {
    if (!isRecord(value)) return this.add(path, 'unsupported_property', `${path}: 须为对象`);
    for (const [locale, texts] of Object.entries(value)) {
      if (locale !== 'en' || !isRecord(texts)) {
        this.add(`${path}.${locale}`, 'unsupported_property', `${path}.${locale}: 只支持 en`);
        continue;
      }
      for (const [k, v] of Object.entries(texts)) {
        const ok = k === 'options' ? isRecord(v) && Object.values(v).every((t) => typeof t === 'string') : typeof v === 'string';
        if (!I18N_KEYS.has(k) || !ok) this.add(`${path}.en.${k}`, 'unsupported_property', `${path}.en.${k}: 不支持的译文`);
      }
      this.expressions(texts, `${path}.en`);
    }
  }

  children(properties: unknown, path: string, dataPrefix: string, inTable: boolean): void {
    if (!isRecord(properties)) return this.add(`${path}.properties`, 'invalid_node', `${path}.properties: 须为对象`);
    for (const [name, child] of Object.entries(properties)) this.node(name, child, `${path === '' ? '' : `${path}.`}properties.${name}`, dataPrefix, inTable);
  }
}

/** Every problem of a form schema as saved; `path` is the schema path (`properties.section_common.…`). */
export function checkFormSchema(schema: unknown, knownKeys: readonly string[]): FormProblem[] {
  const checker = new Checker(knownKeys);
  if (!isRecord(schema) || schema.type !== 'object') {
    checker.add('type', 'invalid_node', 'type: 表单根节点须为 object');
    return checker.problems;
  }
  for (const key of Object.keys(schema)) if (!['type', 'properties', 'title', 'x-i18n'].includes(key)) checker.add(key, 'unsupported_property', `${key}: 根节点不支持该属性`);
  checker.children(schema.properties ?? {}, '', '', false);
  return checker.problems;
}
