import type { Me } from '../api/types';

/** A citizen as /api/auth/me returns them. */
export const citizenMe: Me = {
  user: { id: 'u-citizen', username: 'citizen.demo', displayName: '张三', kind: 'citizen', tenantId: '370800', roles: [{ role: 'citizen', departmentId: null }] },
  activeTenant: { id: '370800', name: '济宁市' },
  visibleTenants: [{ id: '370800', name: '济宁市', kind: 'city' }],
};

/** A city administrator who may switch between tenants. */
export const cityAdminMe: Me = {
  user: { id: 'u-admin', username: 'city-admin.370800', displayName: '济宁市管理员', kind: 'staff', tenantId: '370800', roles: [{ role: 'city-admin', departmentId: null }] },
  activeTenant: { id: '370800', name: '济宁市' },
  visibleTenants: [
    { id: '370800', name: '济宁市', kind: 'city' },
    { id: '370811', name: '任城区', kind: 'county' },
    { id: '370881', name: '曲阜市', kind: 'county' },
  ],
};
