import { describe, expect, it } from 'vitest';
import { SETTING_FIELDS, fieldOfErrorPath, patchFromValues, valuesFromOwn } from './settings-fields';

describe('settings fields', () => {
  it('covers every field of the Settings contract', () => {
    expect(SETTING_FIELDS.map((f) => f.path.join('.')).sort()).toEqual(
      [
        'warning.scheme', 'warning.yellowRatio', 'warning.yellowMinDays', 'warning.supervisionDays',
        'badReviewFixDays', 'correctionStopsClock', 'excludeCreditFlaggedFromRongque',
        'window.name', 'window.address', 'window.phone', 'window.hours',
      ].sort(),
    );
  });

  it('round-trips the own settings through the form values', () => {
    // given a tenant's own overrides
    const own = { warning: { yellowRatio: 0.3 }, correctionStopsClock: false, window: { phone: '0537-2345678' } };
    // when turned into form values and back
    const values = valuesFromOwn(own);
    // then unset fields are empty and the patch holds only what was set
    expect(values.yellowRatio).toBe(0.3);
    expect(values.scheme).toBeNull();
    expect(values.windowName).toBe('');
    expect(patchFromValues(values)).toEqual(own);
  });

  it('leaves out cleared fields and keeps false and 0', () => {
    const values = valuesFromOwn({});
    Object.assign(values, { yellowMinDays: 0, excludeCreditFlaggedFromRongque: false, windowHours: '' });
    expect(patchFromValues(values)).toEqual({ warning: { yellowMinDays: 0 }, excludeCreditFlaggedFromRongque: false });
  });

  it('finds the field a server error path names', () => {
    expect(fieldOfErrorPath('warning.yellowRatio')?.key).toBe('yellowRatio');
    expect(fieldOfErrorPath('window.fax')).toBeUndefined();
  });
});
