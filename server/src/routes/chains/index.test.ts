import { describe, expect, it } from 'vitest';
import { restaurantCatalog as restaurant } from '@yilian/shared/testing';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;
const RESTAURANT = restaurant.chains[0]!;

async function as(username: string) {
  const { app, deps } = createTestApp();
  return { deps, call: api(app, await loginAs(app, username)) };
}

describe('POST /api/chains/preview', () => {
  it('merges the restaurant chain per the contract', async () => {
    // given the seeded catalog and the restaurant recipe's matters
    const { call } = await as('city-admin.370800');
    // when previewed without answers
    const res = await call('POST', '/api/chains/preview', { matterCodes: RESTAURANT.matters });
    // then every matter applies and the figures follow the merging rules
    expect(res.status).toBe(200);
    const p = await json(res);
    expect(p.chainCode).toBe(RESTAURANT.code); // recipe with exactly these matters
    expect(p.fields).toHaveLength(46);
    expect(p.fields[0]).toEqual({ key: expect.any(String), label: expect.any(String), type: expect.any(String), required: expect.any(Boolean), sources: expect.any(Array) });
    expect(p.materials).toHaveLength(25);
    expect(p.materials.find((m: Json) => m.code === 'M-YYZZ')).toMatchObject({ producedBy: '000131127004', askApplicant: false });
    expect(p.conflicts.map((c: Json) => c.key)).toEqual(['premises.area']);
    expect(p.suggestions.map((s: Json) => s.keys)).toEqual([['legalRep.name', 'enterprise.legalPersonName']]);
    expect(p.stages).toEqual([['000131127004'], RESTAURANT.matters.filter((m) => m !== '000131127004')]);
    expect(p.metrics.before).toEqual({ steps: 24, materials: 36, fields: 71, days: 20, visits: 5 });
    expect(p.metrics.after).toEqual({ steps: 4, materials: 25, fields: 46, days: 7, visits: 1 });
  });

  it('applies the recipe\'s applicability to situation answers', async () => {
    // given a small restaurant that does not sell tobacco
    const { call } = await as('city-admin.370800');
    // when previewed with answers
    const p = await json(await call('POST', '/api/chains/preview', { matterCodes: RESTAURANT.matters, chainCode: RESTAURANT.code, answers: { 'premises.area': 80, sellsTobacco: false } }));
    // then 消防检查 and 烟草许可 are excluded and the conflict disappears
    expect(p.excludedMatterCodes.sort()).toEqual(['000125049000', '000162004000']);
    expect(p.matterCodes).toHaveLength(3);
    expect(p.fields).toHaveLength(33);
    expect(p.conflicts).toEqual([]);
    expect(p.publishable).toBe(true);
  });

  it('answers 400 naming an unknown matter code and an unknown chain', async () => {
    const { call } = await as('county-admin.370811');
    const unknown = await call('POST', '/api/chains/preview', { matterCodes: ['000131127004', '999999999999'] });
    expect(unknown.status).toBe(400);
    const { error } = await json(unknown);
    expect(error.path).toBe('matterCodes[1]');
    expect(error.message).toContain('999999999999');
    const chain = await call('POST', '/api/chains/preview', { matterCodes: ['000131127004'], chainCode: 'NOPE' });
    expect((await json(chain)).error.path).toBe('chainCode');
    const empty = await call('POST', '/api/chains/preview', { matterCodes: [] });
    expect((await json(empty)).error.path).toBe('matterCodes');
  });
});

describe('chains CRUD', () => {
  const recipe = {
    code: 'YL-370800-TEST-001', name: '测试主题', subject: '法人', matters: ['000131127004', '000131024000'],
    situations: [{ key: 'premises.area', question: '面积', type: 'number' }],
    applicability: { '000131024000': 'premises.area > 0' },
  };

  it('creates, resolves a conflict, and deletes a draft, auditing each write', async () => {
    // given a city administrator
    const { call } = await as('city-admin.370800');
    // when a chain is created from selected matters
    const created = await call('POST', '/api/chains', { recipe });
    expect(created.status).toBe(201);
    const chain = await json(created);
    // and the restaurant chain's conflict is resolved by picking a variant
    const list = await json(await call('GET', '/api/chains'));
    const cy = list.items.find((c: Json) => c.code === RESTAURANT.code);
    expect(cy.publishable).toBe(false);
    const full = await json(await call('GET', `/api/chains/${cy.id}`));
    const variant = full.composition.conflicts[0];
    expect(variant.key).toBe('premises.area');
    const saved = await call('PUT', `/api/chains/${cy.id}`, {
      recipe: full.chain.recipe,
      decisions: { conflicts: [{ key: 'premises.area', resolution: { kind: 'pick', matterCode: '000131024000' } }], suggestions: [{ keys: ['legalRep.name', 'enterprise.legalPersonName'], accepted: true }] },
    });
    expect(saved.status).toBe(200);
    const after = await json(await call('GET', `/api/chains/${cy.id}`));
    // then the conflict is gone, the suggestion is accepted and the chain is publishable
    expect(after.composition.conflicts).toEqual([]);
    expect(after.composition.suggestions[0].status).toBe('accepted');
    expect(after.composition.publishable).toBe(true);
    // and the draft can be deleted
    expect((await call('DELETE', `/api/chains/${chain.id}`)).status).toBe(204);
    expect((await call('GET', `/api/chains/${chain.id}`)).status).toBe(404);
    const audit = await json(await call('GET', '/api/audit?action=chain.update'));
    expect(audit.items).toHaveLength(1);
  });

  it('rejects an applicability condition over an unknown situation, naming the path', async () => {
    const { call } = await as('city-admin.370800');
    const res = await call('POST', '/api/chains', { recipe: { ...recipe, applicability: { '000131024000': 'area > 0' } } });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.path).toBe('recipe.applicability.000131024000');
    expect(error.message).toContain('area');
  });

  it('rejects a recipe with an unknown matter and a duplicate code', async () => {
    const { call } = await as('city-admin.370800');
    const unknown = await call('POST', '/api/chains', { recipe: { ...recipe, matters: ['000131127004', '999999999999'], applicability: {} } });
    expect((await json(unknown)).error.path).toBe('recipe.matters[1]');
    const dup = await call('POST', '/api/chains', { recipe: { ...recipe, code: RESTAURANT.code } });
    expect(dup.status).toBe(409);
  });

  it('lets county administrators read chains but not write them', async () => {
    const { call } = await as('county-admin.370811');
    const list = await json(await call('GET', '/api/chains'));
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect((await call('POST', '/api/chains', { recipe })).status).toBe(403);
    expect((await call('DELETE', `/api/chains/${list.items[0].id}`)).status).toBe(403);
  });
});

describe('service guide and 一次告知', () => {
  it('serves the draft guide with the acting tenant\'s window and the chain figures', async () => {
    // given 任城区 has set its window phone
    const { call } = await as('county-admin.370811');
    await call('PUT', '/api/settings', { window: { phone: '0537-2968000' } });
    const { items } = await json(await call('GET', '/api/chains'));
    const cy = items.find((c: Json) => c.code === RESTAURANT.code);
    // when the guide is requested
    const res = await call('GET', `/api/chains/${cy.id}/guide`);
    // then
    expect(res.status).toBe(200);
    const guide = await json(res);
    expect(guide.window.phone).toBe('0537-2968000');
    expect(guide.materials).toHaveLength(25);
    expect(guide.fee).toBe('不收费');
    expect(guide.promisedLimit.text).toBe('自受理之日起7个工作日办结');
    expect(guide.onlineUrl).toContain(`/chains/${RESTAURANT.code}`);
  });

  it('answers the checklist for a situation', async () => {
    const { call } = await as('city-admin.370800');
    const { items } = await json(await call('GET', '/api/chains'));
    const cy = items.find((c: Json) => c.code === RESTAURANT.code);
    const list = await json(await call('POST', `/api/chains/${cy.id}/checklist`, { answers: { 'premises.area': 500, sellsTobacco: false } }));
    expect(list.excluded.map((m: Json) => m.code)).toEqual(['000162004000']);
    expect(list.matters).toHaveLength(4);
    expect(list.exempt.map((m: Json) => m.code)).toContain('M-YYZZ');
  });
});
