/** Builders of valid catalog objects for unit tests (not exported from the package). */
import type { Field, Material, Matter } from './types';

/** A text field; override anything. */
export function aField(key: string, label: string, overrides: Partial<Field> = {}): Field {
  return { key, label, type: 'text', required: true, ...overrides };
}

/** A required electronic material made by the user; override anything. */
export function aMaterial(code: string, overrides: Partial<Material> = {}): Material {
  return {
    code,
    name: `材料 ${code}`,
    required: true,
    rongqueAllowed: false,
    commitmentAllowed: false,
    sourceLevel: 'D',
    copies: 1,
    form: 'electronic',
    ...overrides,
  };
}

/** A matter with one step, no fee, 10/5 days and one visit; override anything. */
export function aMatter(code: string, overrides: Partial<Matter> = {}): Matter {
  return {
    code,
    name: `事项 ${code}`,
    department: '行政审批服务局',
    type: '行政许可',
    subject: '法人',
    legalBasis: '《测试条例》第一条',
    conditions: '符合条件',
    legalLimitDays: 10,
    promisedLimitDays: 5,
    fee: '不收费',
    visits: 1,
    steps: ['受理'],
    result: '决定书',
    materials: [],
    fields: [],
    dependsOn: [],
    ...overrides,
  };
}

/** A 12-character matter code ending in the given number. */
export function code(n: number): string {
  return `000${String(n).padStart(9, '0')}`;
}
