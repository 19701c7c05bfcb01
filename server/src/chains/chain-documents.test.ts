import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ChainRecipe } from '@yilian/shared';
import { auditLog, chainDocuments, chains, users } from '../db/schema';
import type { Database } from '../db/database';
import type { AuthState } from '../auth/types';
import { loadUser } from '../auth/sessions';
import { DomainError } from '../errors';
import { createTestApp } from '../testing/test-app';
import { readChainDocument, saveChainDocument } from './chain-documents';
import { deleteChain } from './chain-commands';

const NOW = new Date('2025-09-26T02:00:00.000Z');
const FORM = { type: 'object', properties: { applicant: { type: 'string', title: '申请人', 'x-component': 'text' } } };
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1"><bpmn:process id="p1" isExecutable="true"/></bpmn:definitions>`;

/** The acting state of a seeded user (optionally switched to another tenant). */
async function actor(db: Database, username: string, tenantId?: string): Promise<AuthState> {
  const [row] = await db.read.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = (await loadUser(db.read, row!.id))!;
  return { user, tokenHash: '', tenantId: tenantId ?? user.tenantId };
}

async function setup() {
  const { deps } = createTestApp();
  const db = deps.db;
  const city = await actor(db, 'city-admin.370800');
  const chainId = (await db.read.select({ id: chains.id }).from(chains).where(eq(chains.code, 'YL-370800-CY-001')))[0]!.id;
  return { db, city, chainId };
}

/** A draft chain owned by 任城区 (counties may own chains; today only the city creates them). */
async function countyChain(db: Database): Promise<string> {
  const id = 'county-chain-1';
  const recipe: ChainRecipe = { code: 'YL-370811-T-001', name: '任城区主题', subject: '法人', matters: ['000131127004'], situations: [] };
  await db.withTx((tx) => tx.insert(chains).values({ id, tenantId: '370811', code: recipe.code, name: recipe.name, subject: recipe.subject, status: 'draft', recipe, decisions: {}, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }));
  return id;
}

const auditCount = async (db: Database): Promise<number> => (await db.read.select({ seq: auditLog.seq }).from(auditLog)).length;

/** Runs `fn` and returns the DomainError it throws. */
async function refusal(fn: () => Promise<unknown>): Promise<DomainError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a DomainError');
}

describe('chain documents (form, process)', async () => {
  it('reads revision 0 and no content for a document never saved', async () => {
    const { db, city, chainId } = await setup();
    expect(await readChainDocument(db.read, city, chainId, 'form')).toEqual({ chainId, kind: 'form', content: null, revision: 0, updatedAt: null, updatedBy: null });
    expect(await readChainDocument(db.read, city, chainId, 'process')).toMatchObject({ content: null, revision: 0 });
  });

  it('stores a write based on revision n as n + 1, each document on its own revision, audited in the same transaction', async () => {
    // given
    const { db, city, chainId } = await setup();
    const audited = await auditCount(db);
    // when the form is saved twice and the process once
    const first = await saveChainDocument(db, city, chainId, 'form', FORM, 0, NOW);
    const second = await saveChainDocument(db, city, chainId, 'form', { ...FORM, title: '开办餐饮店' }, 1, NOW);
    const process = await saveChainDocument(db, city, chainId, 'process', BPMN, 0, NOW);
    // then
    expect(first.revision).toBe(1);
    expect(second).toMatchObject({ revision: 2, content: { ...FORM, title: '开办餐饮店' }, updatedBy: 'city-admin.370800' });
    expect(process).toMatchObject({ revision: 1, content: BPMN });
    expect(await readChainDocument(db.read, city, chainId, 'form')).toEqual(second);
    expect(await readChainDocument(db.read, city, chainId, 'process')).toEqual(process);
    // and every save left one audit entry naming the revisions
    expect(await auditCount(db)).toBe(audited + 3);
    const last = (await db.read.select().from(auditLog).where(eq(auditLog.action, 'chain.form.save'))).at(-1)!;
    expect(last).toMatchObject({ targetType: 'chain', targetId: chainId, tenantId: '370800' });
    expect(JSON.parse(last.before!)).toMatchObject({ kind: 'form', revision: 1 });
    expect(JSON.parse(last.after!)).toMatchObject({ kind: 'form', revision: 2 });
  });

  it('refuses a write based on a stale revision with 409 stale_revision naming the document, never overwriting', async () => {
    // given two designers opened the form at revision 1
    const { db, city, chainId } = await setup();
    await saveChainDocument(db, city, chainId, 'form', FORM, 0, NOW);
    await saveChainDocument(db, city, chainId, 'form', { ...FORM, title: '甲的修改' }, 1, NOW);
    const audited = await auditCount(db);
    // when the second one saves based on revision 1, and someone saves as if it were new
    const late = await refusal(() => saveChainDocument(db, city, chainId, 'form', { ...FORM, title: '乙的修改' }, 1, NOW));
    const fresh = await refusal(() => saveChainDocument(db, city, chainId, 'form', { ...FORM, title: '丙的修改' }, 0, NOW));
    const ahead = await refusal(() => saveChainDocument(db, city, chainId, 'process', BPMN, 3, NOW));
    // then
    for (const err of [late, fresh]) {
      expect(err).toMatchObject({ kind: 'conflict', code: 'stale_revision', path: 'form' });
      expect(err.message).toContain('2');
    }
    expect(ahead).toMatchObject({ code: 'stale_revision', path: 'process' });
    // and the stored documents and the audit log are unchanged
    expect(await readChainDocument(db.read, city, chainId, 'form')).toMatchObject({ revision: 2, content: { title: '甲的修改' } });
    expect(await readChainDocument(db.read, city, chainId, 'process')).toMatchObject({ revision: 0, content: null });
    expect(await auditCount(db)).toBe(audited);
  });

  it('writes only drafts (409 not_draft), reading any status', async () => {
    const { db, city, chainId } = await setup();
    await saveChainDocument(db, city, chainId, 'form', FORM, 0, NOW);
    await db.withTx((tx) => tx.update(chains).set({ status: 'published' }).where(eq(chains.id, chainId)));
    expect(await refusal(() => saveChainDocument(db, city, chainId, 'form', FORM, 1, NOW))).toMatchObject({ kind: 'conflict', code: 'not_draft' });
    expect((await readChainDocument(db.read, city, chainId, 'form')).revision).toBe(1);
  });

  it('keeps a county\'s chain in its tenant: another county and the city admin acting there get not found', async () => {
    // given a draft chain of 任城区 with a saved form
    const { db } = await setup();
    const id = await countyChain(db);
    const owner = await actor(db, 'county-admin.370811');
    await saveChainDocument(db, owner, id, 'form', FORM, 0, NOW);
    // when others read or write it
    const others = [await actor(db, 'county-admin.370881'), await actor(db, 'city-admin.370800', '370881')];
    for (const other of others) {
      const read = await refusal(() => readChainDocument(db.read, other, id, 'form'));
      const write = await refusal(() => saveChainDocument(db, other, id, 'form', { type: 'object' }, 1, NOW));
      const missing = await refusal(() => saveChainDocument(db, other, 'no-such-chain', 'form', { type: 'object' }, 1, NOW));
      // then they cannot tell it exists
      expect(read).toMatchObject({ kind: 'not_found', code: 'not_found' });
      expect(write).toMatchObject({ kind: 'not_found', code: 'not_found', message: missing.message });
    }
    // and the owner's document is untouched
    expect(await readChainDocument(db.read, owner, id, 'form')).toMatchObject({ revision: 1, content: FORM });
    expect((await db.read.select().from(chainDocuments).where(and(eq(chainDocuments.chainId, id), eq(chainDocuments.kind, 'form'))))[0]).toMatchObject({ tenantId: '370811', revision: 1 });
  });

  it('lets counties read the city\'s chains but not change them', async () => {
    const { db, city, chainId } = await setup();
    await saveChainDocument(db, city, chainId, 'process', BPMN, 0, NOW);
    const county = await actor(db, 'county-admin.370811');
    expect(await readChainDocument(db.read, county, chainId, 'process')).toMatchObject({ revision: 1, content: BPMN });
    expect(await refusal(() => saveChainDocument(db, county, chainId, 'process', BPMN, 1, NOW))).toMatchObject({ kind: 'forbidden', code: 'forbidden' });
  });

  it('checks the content: the form a JSON object without prototype keys, the process BPMN 2.0 XML', async () => {
    const { db, city, chainId } = await setup();
    expect(await refusal(() => saveChainDocument(db, city, chainId, 'form', [] as unknown as Record<string, unknown>, 0, NOW))).toMatchObject({ code: 'invalid_input', path: 'form' });
    expect(await refusal(() => saveChainDocument(db, city, chainId, 'form', JSON.parse('{"properties":{"__proto__":{}}}'), 0, NOW))).toMatchObject({ code: 'forbidden_key', path: 'form.properties.__proto__' });
    expect(await refusal(() => saveChainDocument(db, city, chainId, 'process', '<html></html>', 0, NOW))).toMatchObject({ code: 'invalid_input', path: 'process' });
    expect(await refusal(() => saveChainDocument(db, city, chainId, 'process', BPMN, -1, NOW))).toMatchObject({ code: 'invalid_input', path: 'revision' });
    expect((await saveChainDocument(db, city, chainId, 'process', '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', 0, NOW)).revision).toBe(1);
  });

  it('goes with its chain when a draft chain is deleted', async () => {
    const { db, city } = await setup();
    const id = (await db.read.select({ id: chains.id }).from(chains).where(eq(chains.code, 'YL-370800-CY-001')))[0]!.id;
    await saveChainDocument(db, city, id, 'form', FORM, 0, NOW);
    await deleteChain(db, city, id, NOW);
    expect(await db.read.select().from(chainDocuments).where(eq(chainDocuments.chainId, id))).toEqual([]);
  });
});
