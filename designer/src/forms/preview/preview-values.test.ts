import { describe, expect, it } from 'vitest';
import { setValueAt } from './preview-values';

describe('preview values', () => {
  it('sets and removes values at dotted keys without touching the original', () => {
    const start = { premises: { area: 1 } };
    const next = setValueAt(start, 'premises.floor', '2');
    expect(next).toEqual({ premises: { area: 1, floor: '2' } });
    expect(start).toEqual({ premises: { area: 1 } });
    expect(setValueAt(next, 'premises.area', undefined)).toEqual({ premises: { floor: '2' } });
    expect(() => setValueAt({}, '__proto__.x', 1)).toThrow(/forbidden/);
  });
});
