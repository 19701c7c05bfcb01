/** Checks of one value against its field type and limits: the message code of the first failure. */
import type { FieldType } from '../catalog';
import { isIsoDate } from '../time';
import { validateIdCard, validateMobile, validateUscc } from '../validators';
import type { FormSchemaNode } from './form-schema';
import { isRegionCode } from './regions';

export interface ValueFailure {
  code: string;
  limit?: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isText = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when a value counts as "not filled". */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function textCheck(type: FieldType, value: string, today: Date): ValueFailure | undefined {
  switch (type) {
    case 'idcard': {
      const result = validateIdCard(value, today);
      if (!result.ok) return { code: 'idcard' };
      return result.value === value ? undefined : { code: 'idcardUpper' };
    }
    case 'uscc':
      return validateUscc(value).ok ? undefined : { code: 'uscc' };
    case 'mobile':
      return validateMobile(value).ok ? undefined : { code: 'mobile' };
    case 'email':
      return EMAIL.test(value) ? undefined : { code: 'email' };
    case 'date':
      return isIsoDate(value) ? undefined : { code: 'date' };
    case 'datetime':
      return DATETIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : { code: 'datetime' };
    default:
      return undefined;
  }
}

function limits(node: FormSchemaNode, value: unknown): ValueFailure | undefined {
  const v = node['x-validator'];
  if (!v) return undefined;
  if (isText(value)) {
    if (v.maxLength !== undefined && [...value].length > v.maxLength) return { code: 'maxLength', limit: v.maxLength };
    if (v.pattern !== undefined && !new RegExp(`^(?:${v.pattern})$`, 'u').test(value)) return { code: 'pattern' }; // the whole value, as HTML's pattern
  }
  if (isNumber(value)) {
    if (v.minimum !== undefined && value < v.minimum) return { code: 'minimum', limit: v.minimum };
    if (v.maximum !== undefined && value > v.maximum) return { code: 'maximum', limit: v.maximum };
  }
  return undefined;
}

const options = (node: FormSchemaNode): string[] => (node.enum ?? []).map((o) => o.value);

const isFileEntry = (v: unknown): boolean =>
  isRecord(v) && isText(v.id) && isText(v.name) && isNumber(v.size) && isText(v.sha256) && isText(v.type);

/** The first failure of a filled value against its node (type, shape, limits); undefined when it fits. */
export function checkValue(node: FormSchemaNode, value: unknown, today: Date): ValueFailure | undefined {
  const type = node['x-component'] as FieldType;
  switch (type) {
    case 'text': case 'textarea': case 'idcard': case 'uscc': case 'mobile': case 'email': case 'date': case 'datetime':
      if (!isText(value)) return { code: 'type' };
      return textCheck(type, value, today) ?? limits(node, value);
    case 'select':
      if (!isText(value)) return { code: 'type' };
      return options(node).includes(value) ? undefined : { code: 'option' };
    case 'multiselect':
      if (!Array.isArray(value) || !value.every(isText)) return { code: 'type' };
      return value.every((v) => options(node).includes(v)) ? undefined : { code: 'option' };
    case 'number': case 'area':
      return isNumber(value) ? limits(node, value) : { code: 'type' };
    case 'integer':
      if (!isNumber(value)) return { code: 'type' };
      return Number.isInteger(value) ? limits(node, value) : { code: 'integer' };
    case 'money':
      if (!isNumber(value)) return { code: 'type' };
      return Math.abs(Math.round(value * 100) - value * 100) < 1e-6 ? limits(node, value) : { code: 'money' };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'type' };
    case 'address':
      if (!isRecord(value) || !isText(value.region) || !isText(value.detail)) return { code: 'type' };
      return isRegionCode(value.region) ? undefined : { code: 'region' };
    case 'file':
      if (!Array.isArray(value)) return { code: 'type' };
      return value.every(isFileEntry) ? undefined : { code: 'file' };
    case 'table':
      return Array.isArray(value) && value.every(isRecord) ? undefined : { code: 'type' };
    default:
      return undefined;
  }
}
