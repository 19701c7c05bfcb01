import { randomUUID } from 'node:crypto';
import { users, userRoles } from '../db/schema';
import type { Tx } from '../db/database';
import type { RoleGrant } from '../auth/types';

export interface NewUser {
  tenantId: string;
  username: string;
  displayName: string;
  /** Hashed before the transaction (auth/password.ts): slow work stays outside `withTx`. */
  passwordHash: string;
  kind: 'staff' | 'citizen' | 'company';
  mobile?: string | null;
  idNumber?: string | null;
  uscc?: string | null;
  roles: RoleGrant[];
}

/** Inserts a user and their role grants; returns the new id. A taken username is refused by its unique index (409). */
export async function insertUser(tx: Tx, u: NewUser, now: Date): Promise<string> {
  const id = randomUUID();
  await tx.insert(users).values({
    id,
    tenantId: u.tenantId,
    username: u.username,
    displayName: u.displayName,
    passwordHash: u.passwordHash,
    kind: u.kind,
    mobile: u.mobile ?? null,
    idNumber: u.idNumber ?? null,
    uscc: u.uscc ?? null,
    createdAt: now.toISOString(),
  });
  if (u.roles.length > 0) {
    await tx.insert(userRoles).values(u.roles.map((r) => ({ userId: id, role: r.role, departmentId: r.departmentId })));
  }
  return id;
}
