/**
 * The one place a unique-key violation becomes a 409: a duplicate that passed a service's own check
 * in a race (or a key no service checks) is refused by the database, and this names the field the
 * way the service's check would have (`params.reason`, errors/english.ts).
 */
import type { UniqueViolation } from '../db/unique-violation';
import { DomainError, duplicate } from './domain-error';

const CONFLICTS: Readonly<Record<string, () => DomainError>> = {
  'users(username)': () => duplicate('用户名已被使用', 'username', { reason: 'username' }),
  'departments(tenant_id,code)': () => duplicate('部门编码已存在', 'code', { reason: 'department_code' }),
  'chains(tenant_id,code)': () => duplicate('主题编码已存在', 'recipe.code', { reason: 'chain_code' }),
};

/** The 409 for a unique violation: the key's own wording, else a generic conflict. */
export function uniqueConflict(violation: UniqueViolation): DomainError {
  const named = CONFLICTS[`${violation.table}(${violation.columns.join(',')})`];
  return named ? named() : new DomainError('conflict', 'conflict', '数据已存在，不能重复创建', { params: { reason: 'duplicate' } });
}
