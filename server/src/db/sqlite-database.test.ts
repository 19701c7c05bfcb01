import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tenants } from './schema';
import { openSqliteDatabase, type SqliteDatabase } from './sqlite-database';
import type { Reader, Tx } from './database';

const opened: SqliteDatabase[] = [];

/** A migrated database: a file (writer + read-only reader) or in memory (reads through the writer). */
async function fresh(kind: 'file' | 'memory'): Promise<SqliteDatabase> {
  const db = openSqliteDatabase(kind === 'file' ? join(mkdtempSync(join(tmpdir(), 'yilian-db-')), 'test.db') : ':memory:');
  await db.migrate();
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

/** A promise the test resolves when it chooses (no timers). */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { opened, open };
}

/** Lets every queued callback run (an event-loop turn, not a timed wait). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Drizzle wraps a driver's error ("Failed query: …") with the error as its cause. */
const causedBy = (message: RegExp) => ({ cause: expect.objectContaining({ message: expect.stringMatching(message) }) });

const tenant = (id: string) => ({ id, name: `租户${id}`, kind: 'county' as const, parentId: null, sortOrder: 0 });
const insertTenant = (tx: Tx, id: string) => tx.insert(tenants).values(tenant(id));
const ids = async (db: Reader): Promise<string[]> => (await db.select({ id: tenants.id }).from(tenants).orderBy(tenants.id)).map((r) => r.id);

describe('SQLite withTx: isolation', () => {
  it('never lets a read outside the transaction see a row written but not committed (file: the read-only connection)', async () => {
    // given a transaction that wrote a row and is now waiting
    const db = await fresh('file');
    const paused = gate();
    const written = gate();
    const tx = db.withTx(async (t) => {
      await insertTenant(t, 'T1');
      written.open();
      await paused.opened;
    });
    await written.opened;
    // when someone reads meanwhile
    const during = await ids(db.read);
    // then the row is not there until the commit
    expect(during).toEqual([]);
    paused.open();
    await tx;
    expect(await ids(db.read)).toEqual(['T1']);
  });

  it('in memory, holds a read until the transaction that holds the writer has ended', async () => {
    const db = await fresh('memory');
    const paused = gate();
    const written = gate();
    const events: string[] = [];
    const tx = db.withTx(async (t) => {
      await insertTenant(t, 'T1');
      written.open();
      await paused.opened;
      events.push('commit');
    });
    await written.opened;
    const read = ids(db.read).then((rows) => { events.push(`read ${rows.join(',')}`); });
    await settle();
    expect(events).toEqual([]); // the read waits for the writer
    paused.open();
    await Promise.all([tx, read]);
    expect(events).toEqual(['commit', 'read T1']);
  });

  it('writes nothing when the callback throws, and passes the error on', async () => {
    const db = await fresh('file');
    const boom = new Error('boom');
    await expect(db.withTx(async (t) => {
      await insertTenant(t, 'T1');
      await insertTenant(t, 'T2');
      throw boom;
    })).rejects.toBe(boom);
    expect(await ids(db.read)).toEqual([]);
    // and the writer is free again
    await db.withTx((t) => insertTenant(t, 'T3'));
    expect(await ids(db.read)).toEqual(['T3']);
  });
});

describe('SQLite withTx: nesting', () => {
  it('joins the outer transaction: one commit, seen only when the outer one ends', async () => {
    const db = await fresh('file');
    const paused = gate();
    const innerDone = gate();
    const outer = db.withTx(async (t) => {
      await insertTenant(t, 'A');
      await db.withTx(async (inner) => {
        expect(inner).toBe(t);
        await insertTenant(inner, 'B');
      });
      innerDone.open();
      await paused.opened;
    });
    await innerDone.opened;
    expect(await ids(db.read)).toEqual([]); // the inner "commit" committed nothing
    paused.open();
    await outer;
    expect(await ids(db.read)).toEqual(['A', 'B']);
  });

  it('rolls back the inner writes with the outer transaction', async () => {
    const db = await fresh('memory');
    await expect(db.withTx(async (t) => {
      await db.withTx((inner) => insertTenant(inner, 'B'));
      await insertTenant(t, 'A');
      throw new Error('outer fails');
    })).rejects.toThrow('outer fails');
    expect(await ids(db.read)).toEqual([]);
  });
});

describe('SQLite withTx: one writer at a time', () => {
  it('runs concurrent transactions one after the other, without SQLITE_BUSY', async () => {
    // given two transactions started together, the first waiting inside
    const db = await fresh('file');
    const events: string[] = [];
    const paused = gate();
    const first = db.withTx(async (t) => {
      events.push('1 begin');
      await insertTenant(t, 'T1');
      await paused.opened;
      events.push('1 end');
    });
    const second = db.withTx(async (t) => {
      events.push('2 begin');
      const seen = await ids(t);
      await insertTenant(t, 'T2');
      events.push(`2 saw ${seen.join(',')}`);
    });
    await settle();
    // then the second has not started while the first holds the writer
    expect(events).toEqual(['1 begin']);
    paused.open();
    await Promise.all([first, second]);
    expect(events).toEqual(['1 begin', '1 end', '2 begin', '2 saw T1']);
    expect(await ids(db.read)).toEqual(['T1', 'T2']);
  });

  it('keeps every one of many concurrent read-modify-writes', async () => {
    const db = await fresh('file');
    await db.withTx((t) => t.insert(tenants).values({ ...tenant('C'), sortOrder: 0 }));
    await Promise.all(Array.from({ length: 40 }, () => db.withTx(async (t) => {
      const [row] = await t.select({ n: tenants.sortOrder }).from(tenants).where(eq(tenants.id, 'C'));
      await t.update(tenants).set({ sortOrder: row!.n + 1 }).where(eq(tenants.id, 'C'));
    })));
    expect((await db.read.select({ n: tenants.sortOrder }).from(tenants))[0]!.n).toBe(40);
  });
});

describe('SQLite handles are used where they belong', () => {
  it('refuses the reader inside a transaction and a transaction handle outside its callback', async () => {
    const db = await fresh('memory');
    await expect(db.withTx(() => ids(db.read))).rejects.toMatchObject(causedBy(/reader was used inside withTx/));
    let leaked: Tx | undefined;
    await db.withTx(async (t) => { leaked = t; });
    await expect(insertTenant(leaked!, 'X')).rejects.toMatchObject(causedBy(/outside its withTx/));
    await expect(db.lockAuditHead(leaked!)).rejects.toThrow(/open transaction/);
    expect(await ids(db.read)).toEqual([]);
  });

  it('answers a ping on a file and in memory', async () => {
    expect(await (await fresh('file')).ping()).toBe(true);
    expect(await (await fresh('memory')).ping()).toBe(true);
  });
});
