import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;
const CODE = 'YL-370800-CY-001';

async function as(username: string) {
  const { app, deps } = createTestApp();
  return { app, deps, call: api(app, await loginAs(app, username)) };
}

describe('GET /api/chains/{id}/form', () => {
  it('answers the generated form while none is saved, by id or by code', async () => {
    // given the seeded restaurant chain
    const { call } = await as('city-admin.370800');
    const { items } = await json<{ items: Json[] }>(await call('GET', '/api/chains'));
    const id = items.find((c) => c.code === CODE)!.id as string;
    // when
    const byId = await json(await call('GET', `/api/chains/${id}/form`));
    const byCode = await json(await call('GET', `/api/chains/${CODE}/form`));
    // then
    expect(byId).toMatchObject({ revision: 0, generated: true, unplaced: [] });
    expect(byId.schema.type).toBe('object');
    expect(Object.keys(byId.schema.properties)).toContain('section_common');
    expect(byId.problems.map((p: Json) => p.code)).toEqual(['unresolved_conflict']); // premises.area
    expect(byCode).toEqual(byId);
  });

  it('is readable by a county administrator, not by a clerk; unknown chains are 404', async () => {
    const { call } = await as('county-admin.370811');
    expect((await call('GET', `/api/chains/${CODE}/form`)).status).toBe(200);
    expect((await call('GET', '/api/chains/nope/form')).status).toBe(404);
    const clerk = await as('window-clerk.370811');
    expect((await clerk.call('GET', `/api/chains/${CODE}/form`)).status).toBe(403);
  });
});

describe('PUT /api/chains/{id}/form', () => {
  it('saves on the revision, answers the new one, and refuses a stale write without overwriting', async () => {
    // given the generated form
    const { call } = await as('city-admin.370800');
    const generated = await json(await call('GET', `/api/chains/${CODE}/form`));
    const schema = { ...generated.schema, properties: { ...generated.schema.properties } };
    delete schema.properties.section_materials;
    // when saved on revision 0
    const saved = await call('PUT', `/api/chains/${CODE}/form`, { schema, revision: 0 });
    // then
    expect(saved.status).toBe(200);
    const body = await json(saved);
    expect(body).toMatchObject({ revision: 1, generated: false });
    expect(body.unplaced).toEqual([]);
    // when another save is based on revision 0 again
    const stale = await call('PUT', `/api/chains/${CODE}/form`, { schema: generated.schema, revision: 0 });
    // then 409 names the document and the stored form is unchanged
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({ code: 'stale_revision', path: 'form' });
    const read = await json(await call('GET', `/api/chains/${CODE}/form`));
    expect(read.revision).toBe(1);
    expect(Object.keys(read.schema.properties)).not.toContain('section_materials');
  });

  it('refuses JavaScript and unsupported components with 400 naming the schema path', async () => {
    const { call } = await as('city-admin.370800');
    const field = { type: 'string', 'x-component': 'text', title: '名称' };
    const script = await call('PUT', `/api/chains/${CODE}/form`, { schema: { type: 'object', properties: { name: { ...field, default: "{{ fetch('//x') }}" } } }, revision: 0 });
    expect(script.status).toBe(400);
    expect((await json(script)).error).toMatchObject({ code: 'invalid_expression', path: 'schema.properties.name.default' });
    const rate = await call('PUT', `/api/chains/${CODE}/form`, { schema: { type: 'object', properties: { name: { ...field, 'x-component': 'Rate' } } }, revision: 0 });
    expect((await json(rate)).error).toMatchObject({ code: 'unsupported_component', path: 'schema.properties.name.x-component' });
    // and nothing was saved
    expect((await json(await call('GET', `/api/chains/${CODE}/form`))).revision).toBe(0);
  });

  it('keeps unknown keys in rules as publishing problems, not save errors', async () => {
    const { call } = await as('city-admin.370800');
    const schema = { type: 'object', properties: { name: { type: 'string', 'x-component': 'text', title: '名称', 'x-reactions': [{ when: '{{ nope = 1 }}', fulfill: { state: { required: true } } }] } } };
    const saved = await json(await call('PUT', `/api/chains/${CODE}/form`, { schema, revision: 0 }));
    expect(saved.revision).toBe(1);
    expect(saved.problems.map((p: Json) => p.code)).toContain('unknown_key');
    expect(saved.problems.map((p: Json) => p.code)).toContain('unplaced_required');
    expect(saved.unplaced.length).toBeGreaterThan(0);
  });

  it('lets only the chain\'s tenant write: a county administrator gets 403', async () => {
    const { call } = await as('county-admin.370811');
    const res = await call('PUT', `/api/chains/${CODE}/form`, { schema: { type: 'object', properties: {} }, revision: 0 });
    expect(res.status).toBe(403);
  });
});
