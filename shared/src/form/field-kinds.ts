/** The form's field types: one entry per catalog field type, shared by generator, validator and renderer. */
import { FIELD_TYPES, type FieldType } from '../catalog';
import type { FormSchemaNode } from './form-schema';

/** JSON type of each field type's value (form values are plain JSON, one shape per type). */
export const FIELD_JSON_TYPES: Readonly<Record<FieldType, FormSchemaNode['type']>> = {
  text: 'string', textarea: 'string', idcard: 'string', uscc: 'string', mobile: 'string', email: 'string',
  date: 'string', datetime: 'string', select: 'string',
  number: 'number', integer: 'number', area: 'number', money: 'number',
  boolean: 'boolean',
  multiselect: 'array', file: 'array', table: 'array',
  address: 'object',
};

/** True when `component` names a catalog field type. */
export const isFieldType = (component: unknown): component is FieldType =>
  typeof component === 'string' && (FIELD_TYPES as readonly string[]).includes(component);

/** `x-component-props` each field type may carry (anything else is refused at save). */
export const FIELD_PROPS: Readonly<Record<FieldType | 'common', readonly string[]>> = {
  common: ['placeholder'],
  text: ['maxLength'], textarea: ['maxLength', 'rows'], idcard: [], uscc: [], mobile: [], email: [],
  date: [], datetime: [], select: [], multiselect: [], boolean: [],
  number: ['precision'], integer: [], area: ['unit'], money: [],
  address: [],
  file: ['accept', 'maxSize', 'maxCount', 'materialCode', 'eLicense', 'copies'],
  table: ['maxRows'],
};

/** File types a file field may accept (checked on magic bytes by the server). */
export const FILE_KINDS = ['pdf', 'jpeg', 'png', 'ofd'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Default upload limits of a file field. */
export const DEFAULT_FILE_ACCEPT: readonly FileKind[] = ['pdf', 'jpeg', 'png'];
export const DEFAULT_FILE_MAX_BYTES = 20 * 1024 * 1024;
