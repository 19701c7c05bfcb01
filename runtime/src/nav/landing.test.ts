import { describe, expect, it } from 'vitest';
import type { Me } from '../ui';
import { cityAdminMe, citizenMe } from '../ui/testing/fixtures';
import { defaultLanding } from './landing';

const withRoles = (roles: Me['user']['roles']): Me => ({ ...cityAdminMe, user: { ...cityAdminMe.user, roles } });

describe('defaultLanding', () => {
  it('sends applicants to 我的办件', () => {
    expect(defaultLanding(citizenMe)).toEqual({ route: '/my-cases' });
  });

  it('sends window clerks, reviewers and supervisors to their workbench', () => {
    for (const role of ['window-clerk', 'reviewer', 'supervisor'] as const) {
      expect(defaultLanding(withRoles([{ role, departmentId: null }]))).toEqual({ route: '/workbench' });
    }
  });

  it('sends city and county administrators to the designer, not the citizen home', () => {
    expect(defaultLanding(cityAdminMe)).toEqual({ href: '/designer/' });
    expect(defaultLanding(withRoles([{ role: 'county-admin', departmentId: null }]))).toEqual({ href: '/designer/' });
  });

  it('keeps an administrator who also reviews on the workbench', () => {
    expect(defaultLanding(withRoles([{ role: 'city-admin', departmentId: null }, { role: 'reviewer', departmentId: 'd1' }]))).toEqual({ route: '/workbench' });
  });
});
