/**
 * The chain form: a Formily JSON Schema subset (architecture.md "Forms"). A field's property name is
 * its key and its data path in the form value (`premises.area` lives at `{ premises: { area } }`);
 * `void` layout nodes add no level. Expressions are FEEL inside `{{ }}`, never JavaScript.
 */
import type { FieldType } from '../catalog';

/** Layout components (void nodes). */
export const LAYOUT_COMPONENTS = ['Section', 'Steps', 'Step', 'Grid', 'TextBlock'] as const;
export type LayoutComponent = (typeof LAYOUT_COMPONENTS)[number];

/** Access to a field in a task (the process designer edits the map; case handling enforces it). */
export type FieldAccess = 'editable' | 'read-only' | 'hidden';
export type FieldPermissions = Readonly<Record<string, FieldAccess>>;

/** One option of a select/multiselect: the stored value is the catalog's option string. */
export interface FormOption {
  label: string;
  value: string;
}

/** English texts of a node; a missing text falls back to zh-CN. */
export interface FormNodeI18n {
  title?: string;
  description?: string;
  placeholder?: string;
  /** Option value → English label. */
  options?: Record<string, string>;
  /** A TextBlock's text. */
  content?: string;
}

/** A FEEL linkage rule: when the condition holds, `fulfill.state` applies, else `otherwise.state`. */
export interface FormReaction {
  when: string;
  fulfill?: { state: ReactionState };
  otherwise?: { state: ReactionState };
}

/** The field states a rule may set. */
export interface ReactionState {
  visible?: boolean;
  required?: boolean;
  disabled?: boolean;
}

/** Limits checked on a field's value. */
export interface FormValidator {
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** A schema node: the root object, a layout node (void) or a field. */
export interface FormSchemaNode {
  type: 'object' | 'void' | 'string' | 'number' | 'boolean' | 'array';
  title?: string;
  description?: string;
  required?: boolean;
  default?: unknown;
  enum?: FormOption[];
  properties?: Record<string, FormSchemaNode>;
  /** A table's row: an object whose properties are the columns. */
  items?: FormSchemaNode;
  'x-component'?: FieldType | LayoutComponent;
  'x-component-props'?: Record<string, unknown>;
  'x-decorator'?: 'FormItem';
  'x-validator'?: FormValidator;
  'x-reactions'?: FormReaction[];
  'x-i18n'?: { en?: FormNodeI18n };
  /** Order among siblings (Formily's x-index); property order is the default. */
  'x-index'?: number;
}

/** The chain form's schema: an object at the root. */
export interface FormSchema extends FormSchemaNode {
  type: 'object';
  properties: Record<string, FormSchemaNode>;
}

/** A problem found in a form schema or in form values; `path` is a schema path or a field key. */
export interface FormProblem {
  path: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** True for a void layout node. */
export const isLayout = (node: FormSchemaNode): boolean => node.type === 'void';

/** `{{ expr }}` → `expr`, for a string that is wholly one expression; undefined otherwise. */
export function expressionOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(value);
  return match ? match[1]!.trim() : undefined;
}

/** Wraps a FEEL expression as a schema expression string. */
export const asExpression = (feel: string): string => `{{ ${feel} }}`;
