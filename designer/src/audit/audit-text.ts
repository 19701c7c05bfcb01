/** An audit entry in words for administrators: what happened to whom, in which tenant, by whom (codes on demand). */
import type { AuditItem } from '../api/audit';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The i18n key (under `audit.actions`) of each recorded action; others are shown by their code. */
export const AUDIT_ACTION_KEYS: Readonly<Record<string, string>> = {
  'auth.login': 'login',
  'auth.logout': 'logout',
  'auth.register': 'register',
  'auth.switch-tenant': 'switchTenant',
  'user.create': 'userCreate',
  'user.update': 'userUpdate',
  'user.roles': 'userRoles',
  'department.create': 'departmentCreate',
  'department.update': 'departmentUpdate',
  'department.delete': 'departmentDelete',
  'settings.update': 'settingsUpdate',
  'holidays.upload': 'holidaysUpload',
  'catalog.import': 'catalogImport',
  'matter.edit': 'matterEdit',
  'matter.local': 'matterLocal',
  'file.upload': 'fileUpload',
  'chain.create': 'chainCreate',
  'chain.update': 'chainUpdate',
  'chain.delete': 'chainDelete',
  'chain.form.save': 'chainFormSave',
  'chain.process.save': 'chainProcessSave',
  seed: 'seed',
};

const textOf = (value: unknown, key: string): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.trim() ? field : undefined;
};

/** Whom or what the entry is about, by name where the entry records one (else its id). */
export function auditSubject(item: Pick<AuditItem, 'before' | 'after' | 'targetId'>): string {
  for (const key of ['displayName', 'name', 'username']) {
    const found = textOf(item.after, key) ?? textOf(item.before, key);
    if (found) return found;
  }
  return item.targetId ?? '';
}

/** What happened, in words (登录成功, 修改用户 张三); an unknown action reads as its code. */
export function auditActionText(t: Translate, item: Pick<AuditItem, 'action' | 'before' | 'after' | 'targetId'>, tenantName: (id: string) => string): string {
  const key = AUDIT_ACTION_KEYS[item.action];
  if (!key) return item.action;
  const tenant = textOf(item.after, 'tenantId');
  return t(`audit.actions.${key}`, { subject: auditSubject(item), tenant: tenant ? tenantName(tenant) : '' });
}
