import { describe, expect, it } from 'vitest';
import { grantableBy, grantsFromRows, rowsFromGrants } from './role-rows';

describe('role rows', () => {
  it('edits staff grants only and sends null for no department', () => {
    // given a user's grants as the list returns them
    const rows = rowsFromGrants([
      { role: 'reviewer', departmentId: 'd1', departmentName: '市场监督管理局' },
      { role: 'window-clerk', departmentId: null, departmentName: null },
      { role: 'citizen', departmentId: null, departmentName: null },
    ]);
    // then the applicant role is not editable here, and the request body keeps the departments
    expect(rows).toEqual([
      { role: 'reviewer', departmentId: 'd1' },
      { role: 'window-clerk', departmentId: '' },
    ]);
    expect(grantsFromRows(rows)).toEqual([
      { role: 'reviewer', departmentId: 'd1' },
      { role: 'window-clerk', departmentId: null },
    ]);
  });

  it('lets only a city administrator grant city-admin', () => {
    expect(grantableBy(true)).toContain('city-admin');
    expect(grantableBy(false)).not.toContain('city-admin');
    expect(grantableBy(false)).toEqual(['county-admin', 'window-clerk', 'reviewer', 'supervisor']);
  });
});
