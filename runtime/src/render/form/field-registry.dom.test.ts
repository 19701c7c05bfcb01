import { describe, expect, it } from 'vitest';
import { FIELD_JSON_TYPES, FIELD_TYPES, isEmptyValue, type FormSchemaNode } from '@yilian/shared';
import { FIELD_REGISTRY } from './field-registry';

const t = (key: string, params: Record<string, unknown> = {}) => `${key}${JSON.stringify(params)}`;
const node = (type: string, extra: Partial<FormSchemaNode> = {}): FormSchemaNode => ({ type: 'string', title: type, 'x-component': type as never, ...extra });

describe('the field registry', () => {
  it('has one static config per catalog field type, keyed by its type', () => {
    // then every catalog type is there, and nothing else
    expect(Object.keys(FIELD_REGISTRY).sort()).toEqual([...FIELD_TYPES].sort());
    for (const type of FIELD_TYPES) {
      const config = FIELD_REGISTRY[type];
      expect(config.type, type).toBe(type);
      expect(config.component, type).toBeTruthy();
      expect(Object.isFrozen(config), type).toBe(true);
      // and the empty value is "not filled" for the shared validator
      expect(isEmptyValue(config.emptyValue), type).toBe(true);
    }
  });

  it('stores one JSON shape per type, the one the shared schema declares', () => {
    const samples: Record<string, unknown> = {
      text: 'a', textarea: 'a\nb', idcard: '11010519491231002x', uscc: '91370811ma3c5x7a7g', mobile: '13800138000', email: 'a@b.cn',
      date: '2025-09-26', datetime: '2025-09-26 09:00:00', select: '餐饮', multiselect: ['a'], boolean: false,
      number: 1.5, integer: 2.4, area: 120.456, money: 12.345, address: { region: '370811', detail: 'x' },
      file: [{ id: 'f', name: 'a.pdf', size: 1, sha256: 'x', type: 'application/pdf' }], table: [{ a: 1 }],
    };
    for (const type of FIELD_TYPES) {
      const value = FIELD_REGISTRY[type].toValue(samples[type], node(type));
      const json = FIELD_JSON_TYPES[type];
      const shape = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
      expect(shape, type).toBe(json);
    }
    expect(FIELD_REGISTRY.idcard.toValue('11010519491231002x', node('idcard'))).toBe('11010519491231002X');
    expect(FIELD_REGISTRY.money.toValue(12.345, node('money'))).toBe(12.35);
    expect(FIELD_REGISTRY.integer.toValue(2.4, node('integer'))).toBe(2);
    expect(FIELD_REGISTRY.datetime.toValue('2025-09-26 09:00:00', node('datetime'))).toBe('2025-09-26T09:00:00+08:00');
    expect(FIELD_REGISTRY.number.toValue(1.2345, node('number', { 'x-component-props': { precision: 1 } }))).toBe(1.2);
  });

  it('formats values for read-only views and print, options and units in the locale', () => {
    const select = node('select', { enum: [{ label: '餐饮服务', value: 'food' }], 'x-i18n': { en: { options: { food: 'Catering' } } } });
    expect(FIELD_REGISTRY.select.format('food', { node: select, locale: 'zh-CN', t })).toBe('餐饮服务');
    expect(FIELD_REGISTRY.select.format('food', { node: select, locale: 'en', t })).toBe('Catering');
    expect(FIELD_REGISTRY.multiselect.format(['food', 'other'], { node: select, locale: 'zh-CN', t })).toBe('餐饮服务、other');
    expect(FIELD_REGISTRY.money.format(12.5, { node: node('money'), locale: 'zh-CN', t })).toBe('12.50 元');
    expect(FIELD_REGISTRY.area.format(120, { node: node('area'), locale: 'zh-CN', t })).toBe('120 ㎡');
    expect(FIELD_REGISTRY.area.unit!(node('area', { 'x-component-props': { unit: '亩' } }), 'zh-CN')).toBe('亩');
    expect(FIELD_REGISTRY.address.format({ region: '370811', detail: '建设路 1 号' }, { node: node('address'), locale: 'zh-CN', t })).toBe('山东省济宁市任城区 建设路 1 号');
    expect(FIELD_REGISTRY.address.format({ region: 'JN-GX', detail: 'x' }, { node: node('address'), locale: 'zh-CN', t })).toBe('山东省济宁市济宁高新区 x');
    expect(FIELD_REGISTRY.datetime.format('2025-09-26T01:00:00Z', { node: node('datetime'), locale: 'zh-CN', t })).toBe('2025-09-26 09:00');
    expect(FIELD_REGISTRY.boolean.format(false, { node: node('boolean'), locale: 'zh-CN', t })).toBe('formRenderer.no{}');
    expect(FIELD_REGISTRY.table.format([{}, {}], { node: node('table'), locale: 'zh-CN', t })).toBe('formRenderer.rowCount{"count":2}');
  });
});
