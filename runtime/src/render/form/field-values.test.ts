import { describe, expect, it } from 'vitest';
import {
  addressValue, dateValue, emailValue, fileValue, idCardValue, isoToWall, mobileValue, multiselectValue, numberValue, tableValue, textValue, usccValue, wallToIso,
} from './field-values';

describe('field values: what an input emits → the stored JSON', () => {
  it('stores text as typed, the empty text as no value', () => {
    expect(textValue('张三')).toBe('张三');
    expect(textValue('')).toBeUndefined();
    expect(textValue(3)).toBeUndefined();
  });

  it('stores ID cards with an upper-case X and without spaces; USCC upper case; mobiles digits only', () => {
    expect(idCardValue(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(usccValue('91370811ma3c5x7a7g')).toBe('91370811MA3C5X7A7G');
    expect(mobileValue('138-0013 8000')).toBe('13800138000');
    expect(emailValue(' a@b.cn ')).toBe('a@b.cn');
  });

  it('rounds money and areas to two decimals, integers to whole numbers', () => {
    expect(numberValue(12.345, 2)).toBe(12.35);
    expect(numberValue(0.1 + 0.2, 2)).toBe(0.3);
    expect(numberValue(7.6, 0)).toBe(8);
    expect(numberValue(7.123456)).toBe(7.123456);
    expect(numberValue(null)).toBeUndefined();
    expect(numberValue(Number.NaN, 2)).toBeUndefined();
  });

  it('keeps dates as YYYY-MM-DD and date-times as ISO 8601 at +08:00, whatever the zone of the input', () => {
    expect(dateValue('2025-09-26')).toBe('2025-09-26');
    expect(dateValue('2025/09/26')).toBeUndefined();
    expect(wallToIso('2025-09-26 09:30:00')).toBe('2025-09-26T09:30:00+08:00');
    expect(wallToIso('2025-09-26 09:30')).toBe('2025-09-26T09:30:00+08:00');
    expect(isoToWall('2025-09-26T09:30:00+08:00')).toBe('2025-09-26 09:30:00');
    expect(isoToWall('2025-09-26T01:30:00Z')).toBe('2025-09-26 09:30:00');
    expect(isoToWall('2025-09-26T20:00:00-05:00')).toBe('2025-09-27 09:00:00');
    expect(isoToWall('yesterday')).toBeUndefined();
  });

  it('shapes an address as { region, detail }, a multiselect as strings, files as complete entries, rows as objects', () => {
    expect(addressValue({ region: '370811', detail: '建设路 1 号', extra: 1 })).toEqual({ region: '370811', detail: '建设路 1 号' });
    expect(addressValue({ region: '', detail: '' })).toBeUndefined();
    expect(addressValue({ detail: 'x' })).toEqual({ region: '', detail: 'x' });
    expect(multiselectValue(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(multiselectValue(undefined)).toEqual([]);
    const entry = { id: 'f1', name: '营业执照.pdf', size: 10, sha256: 'ab', type: 'application/pdf' };
    expect(fileValue([{ ...entry, url: 'x' }, { id: 'half' }])).toEqual([entry]);
    expect(tableValue([{ a: 1 }, null, 'x'])).toEqual([{ a: 1 }]);
  });
});
