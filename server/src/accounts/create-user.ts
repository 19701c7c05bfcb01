import { randomUUID } from 'node:crypto';
import { users, userRoles } from '../db/schema';
import type { Tx } from '../db/client';
import type { RoleGrant } from '../auth/types';
import { hashPassword } from '../auth/password';

export interface NewUser {
  tenantId: string;
  username: string;
  displayName: string;
  password: string;
  kind: 'staff' | 'citizen' | 'company';
  mobile?: string | null;
  idNumber?: string | null;
  uscc?: string | null;
  roles: RoleGrant[];
}

/** Inserts a user and their role grants; returns the new id. Uniqueness is enforced by the caller's checks and the index. */
export function insertUser(tx: Tx, u: NewUser, now: Date, scryptCost: number): string {
  const id = randomUUID();
  tx.insert(users)
    .values({
      id,
      tenantId: u.tenantId,
      username: u.username,
      displayName: u.displayName,
      passwordHash: hashPassword(u.password, scryptCost),
      kind: u.kind,
      mobile: u.mobile ?? null,
      idNumber: u.idNumber ?? null,
      uscc: u.uscc ?? null,
      createdAt: now.toISOString(),
    })
    .run();
  if (u.roles.length > 0) {
    tx.insert(userRoles)
      .values(u.roles.map((r) => ({ userId: id, role: r.role, departmentId: r.departmentId })))
      .run();
  }
  return id;
}
