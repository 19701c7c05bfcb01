/** The static config of a field type (one file per type under fields/), as the registry holds it. */
import type { Component } from 'vue';
import type { FieldType, FormLocale, FormProblem, FormSchemaNode } from '@yilian/shared';

/** What a value's text needs: its node, the locale and the renderer's messages. */
export interface FormatContext {
  node: FormSchemaNode;
  locale: FormLocale;
  t: (key: string, params?: Record<string, unknown>) => string;
}

export interface FieldConfig {
  type: FieldType;
  /** What the input shows, and what adding starts from, while the field has no value. */
  emptyValue: unknown;
  /** The Element Plus based input (props: FieldInputProps). */
  component: Component;
  /** `for`: one native input takes the label's `for`; `group`: the input is a group labelled by the label's id. */
  label: 'for' | 'group';
  /** The stored value of what the input emitted; undefined = no value. */
  toValue(input: unknown, node: FormSchemaNode): unknown;
  /** The value as text (read-only views, the printed application form). */
  format(value: unknown, context: FormatContext): string;
  /** A unit shown with the label (㎡, 元). */
  unit?(node: FormSchemaNode, locale: FormLocale): string | undefined;
  /** Read-only views render the component with `readonly` instead of the text (tables, files). */
  readonlyComponent?: boolean;
}

/** Props every field input takes. */
export interface FieldInputProps {
  modelValue?: unknown;
  node: FormSchemaNode;
  type: FieldType;
  /** The field's key (a table cell: its table's key). */
  fieldKey: string;
  /** Id of the focusable element (the label's `for`, the problem summary's links). */
  inputId: string;
  /** Ids of the texts that name the input. */
  labelledBy: string;
  /** Ids of the help and error texts. */
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  locale: FormLocale;
  placeholder?: string;
  /** The field's problems (a table marks the cells named by `key[row].column`). */
  problems?: readonly FormProblem[];
}

/** Defines a field type's config (typed, frozen). */
export const defineField = (config: FieldConfig): FieldConfig => Object.freeze(config);

/** The text of a value that is plain text. */
export const plainText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
