import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response JSON is navigated freely in tests
type Json = Record<string, any>;
const CODE = 'YL-370800-CY-001';

async function as(username: string) {
  const { app } = createTestApp();
  return api(app, await loginAs(app, username));
}

describe('GET /api/chains/{id}/process', () => {
  it('answers the generated process while none is saved: one task per matter, assigned, lint-clean', async () => {
    // given the seeded restaurant chain
    const call = await as('city-admin.370800');
    const chain = await json(await call('GET', `/api/chains/${CODE}`));
    // when
    const res = await call('GET', `/api/chains/${CODE}/process`);
    // then
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ revision: 0, generated: true });
    for (const matter of chain.chain.recipe.matters as string[]) expect(body.xml).toContain(`yilian:matter="${matter}"`);
    expect(body.xml).toContain('yilian:step="accept"');
    expect(body.xml).toContain('yilian:step="feedback"');
    expect(body.lint.filter((i: Json) => i.category === 'error')).toEqual([]);
  });
});

describe('PUT /api/chains/{id}/process', () => {
  it('saves well-formed BPMN with lint errors, refuses a stale revision and answers the lint', async () => {
    // given the generated process with one task's assignee removed
    const call = await as('city-admin.370800');
    const generated = await json(await call('GET', `/api/chains/${CODE}/process`));
    const broken = (generated.xml as string).replace(/ yilian:role="reviewer"/, '');
    // when saved
    const saved = await call('PUT', `/api/chains/${CODE}/process`, { xml: broken, revision: 0 });
    // then it is stored (a draft may have lint errors) and the lint names the rule
    expect(saved.status).toBe(200);
    const body = await json(saved);
    expect(body).toMatchObject({ revision: 1, generated: false });
    expect(body.lint.map((i: Json) => i.rule)).toContain('yilian/user-task-assignee');
    // and a stale save is refused without overwriting
    const stale = await call('PUT', `/api/chains/${CODE}/process`, { xml: generated.xml, revision: 0 });
    expect(stale.status).toBe(409);
    expect((await json(await call('GET', `/api/chains/${CODE}/process`))).xml).toBe(broken);
  });

  it('answers the lint in the language the client prefers', async () => {
    // given a saved process with one task's assignee removed
    const call = await as('city-admin.370800');
    const generated = await json(await call('GET', `/api/chains/${CODE}/process`));
    await call('PUT', `/api/chains/${CODE}/process`, { xml: (generated.xml as string).replace(/ yilian:role="reviewer"/, ''), revision: 0 });
    // when read in English and in Chinese
    const english = await json(await call('GET', `/api/chains/${CODE}/process`, undefined, { 'accept-language': 'en-US,en;q=0.9' }));
    const chinese = await json(await call('GET', `/api/chains/${CODE}/process`));
    // then the same finding is worded in each
    const missingRole = (body: Json) => body.lint.find((i: Json) => i.rule === 'yilian/user-task-assignee')?.message as string;
    expect(missingRole(english)).toMatch(/^User task .* has no assignee role/);
    expect(missingRole(chinese)).toMatch(/^用户任务.*未指定办理角色/);
  });

  it('refuses malformed XML, DOCTYPE/entities and non-BPMN with 400 naming the reason', async () => {
    const call = await as('city-admin.370800');
    const cases = [
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"></definitions>',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&e;</definitions>',
    ];
    for (const xml of cases) {
      const res = await call('PUT', `/api/chains/${CODE}/process`, { xml, revision: 0 });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: 'invalid_bpmn', path: 'xml' });
    }
    expect((await json(await call('GET', `/api/chains/${CODE}/process`))).revision).toBe(0);
  });

  it('refuses a body over 5 MiB with 413', async () => {
    const call = await as('city-admin.370800');
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><!-- ${'x'.repeat(5 * 1024 * 1024)} --></definitions>`;
    expect((await call('PUT', `/api/chains/${CODE}/process`, { xml, revision: 0 })).status).toBe(413);
  });

  it('is read-only for county administrators', async () => {
    const call = await as('county-admin.370811');
    const generated = await json(await call('GET', `/api/chains/${CODE}/process`));
    expect((await call('PUT', `/api/chains/${CODE}/process`, { xml: generated.xml, revision: 0 })).status).toBe(403);
  });
});
