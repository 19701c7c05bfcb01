import { describe, expect, it } from 'vitest';
import type { FormSchemaNode } from './form-schema';
import { validateFieldValue } from './validate-form-values';

const TODAY = new Date('2025-09-26T00:00:00Z');
const staff: FormSchemaNode = {
  type: 'array', title: '人员', 'x-component': 'table',
  items: { type: 'object', properties: { mobile: { type: 'string', title: '手机', 'x-component': 'mobile', required: true } } },
};

describe('validateFieldValue', () => {
  it('checks one field as validateFormValues does: required, type checks, table rows column by column', () => {
    // when / then
    expect(validateFieldValue('staff', staff, [], true, { today: TODAY }).map((p) => [p.path, p.code])).toEqual([['staff', 'required']]);
    expect(validateFieldValue('staff', staff, [{ mobile: '123' }, {}], false, { today: TODAY }).map((p) => [p.path, p.code])).toEqual([
      ['staff[0].mobile', 'mobile'], ['staff[1].mobile', 'required'],
    ]);
    const mobile = staff.items!.properties!.mobile!;
    expect(validateFieldValue('m', mobile, '13800138000', true, { today: TODAY })).toEqual([]);
  });
});
