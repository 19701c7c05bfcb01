import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tenants } from '../db/schema';
import { createTestApp } from '../testing/test-app';
import { cityTenantId, rootTenant } from './root-tenant';

describe('the root of the tenant tree', () => {
  it('is the tenant without a parent: the seeded city', async () => {
    // given the seeded 济宁 tree
    const { deps } = createTestApp();
    // when / then
    expect(await rootTenant(deps.db.read)).toMatchObject({ id: '370800', name: '济宁市', parentId: null });
    expect(await cityTenantId(deps.db.read)).toBe('370800');
  });

  it('is read from the database on every call, never remembered', async () => {
    // given the root was read once
    const { deps } = createTestApp();
    expect(await cityTenantId(deps.db.read)).toBe('370800');
    // when the tree gets a new root above the city
    await deps.db.withTx(async (tx) => {
      await tx.insert(tenants).values({ id: '370000', name: '山东省', kind: 'city', parentId: null, sortOrder: -1 });
      await tx.update(tenants).set({ parentId: '370000' }).where(eq(tenants.id, '370800'));
    });
    // then the next call answers the new root
    expect(await cityTenantId(deps.db.read)).toBe('370000');
  });

  it('refuses a tree with two roots', async () => {
    const { deps } = createTestApp();
    await deps.db.withTx((tx) => tx.insert(tenants).values({ id: '370900', name: '泰安市', kind: 'city', parentId: null, sortOrder: 99 }));
    await expect(rootTenant(deps.db.read)).rejects.toThrow(/exactly one root/);
  });
});
