import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { departments } from '../db/schema';
import type { Tx } from '../db/database';

/** A stable department code for a name that arrives from a catalog (codes must be ASCII). */
export const importedDepartmentCode = (name: string): string =>
  `imp-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;

/**
 * Finds the tenant's department with exactly this name, creating it when missing.
 * Returns its id and whether it was created.
 */
export async function matchDepartment(tx: Tx, tenantId: string, name: string, now: string): Promise<{ id: string; created: boolean }> {
  const [found] = await tx.select({ id: departments.id }).from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.name, name))).limit(1);
  if (found) return { id: found.id, created: false };
  const id = randomUUID();
  await tx.insert(departments).values({ id, tenantId, code: importedDepartmentCode(name), name, createdAt: now });
  return { id, created: true };
}
