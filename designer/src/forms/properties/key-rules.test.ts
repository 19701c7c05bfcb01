import { describe, expect, it } from 'vitest';
import { sampleModel } from '../model/test-items';
import { renameRefusal } from './key-rules';

describe('key rules', () => {
  it('accepts a new dotted key and refuses bad formats and taken keys', () => {
    const model = sampleModel();
    expect(renameRefusal(model, ['s1', 'a'], 'applicant.name', false, false)).toBeNull();
    expect(renameRefusal(model, ['s1', 'a'], '1a', false, false)).toBe('format');
    expect(renameRefusal(model, ['s1', 'a'], 'x.__proto__', false, false)).toBe('format');
    expect(renameRefusal(model, ['s1', 'a'], 'c', false, false)).toBe('taken');
    expect(renameRefusal(model, ['s1'], 'my.section', true, false)).toBe('format');
    expect(renameRefusal(model, ['s1'], 's2', true, false)).toBe('taken');
    expect(renameRefusal(model, ['rows', 'col'], 'a', false, true)).toBeNull();
  });
});
