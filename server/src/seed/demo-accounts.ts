import type { Role } from '@yilian/shared';
import { DEMO_TENANTS, SEED_DEPARTMENTS } from './tenant-tree';

export interface DemoAccount {
  username: string;
  displayName: string;
  tenantId: string;
  role: Role;
  departmentCode?: string;
  kind: 'staff' | 'citizen' | 'company';
  idNumber?: string;
  uscc?: string;
  mobile?: string;
}

const CITY = '370800';

/** The demo accounts scripts and integrators rely on: `<role>.<tenant>` and `reviewer.<dept>.<tenant>`. */
export function demoAccounts(tenantNames: Record<string, string>): DemoAccount[] {
  const out: DemoAccount[] = [];
  for (const t of DEMO_TENANTS) {
    const name = tenantNames[t] ?? t;
    const admin: Role = t === CITY ? 'city-admin' : 'county-admin';
    out.push({ username: `${admin}.${t}`, displayName: `${name}管理员`, tenantId: t, role: admin, kind: 'staff' });
    out.push({ username: `window-clerk.${t}`, displayName: `${name}综合窗口`, tenantId: t, role: 'window-clerk', kind: 'staff' });
    out.push({ username: `supervisor.${t}`, displayName: `${name}电子监察`, tenantId: t, role: 'supervisor', kind: 'staff' });
    for (const d of SEED_DEPARTMENTS) {
      out.push({
        username: `reviewer.${d.code}.${t}`,
        displayName: `${name}${d.name}审批员`,
        tenantId: t,
        role: 'reviewer',
        departmentCode: d.code,
        kind: 'staff',
      });
    }
  }
  out.push({
    username: 'citizen.demo', displayName: '张三', tenantId: CITY, role: 'citizen', kind: 'citizen',
    idNumber: '370811199001011236', mobile: '13800138000',
  });
  out.push({
    username: 'company.demo', displayName: '济宁示范餐饮有限公司', tenantId: CITY, role: 'company', kind: 'company',
    uscc: '91370811MA3C5X7A7G', mobile: '13900139000',
  });
  return out;
}
