import { describe, expect, it } from 'vitest';
import { restaurantCatalog as restaurant } from '@yilian/shared/testing';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { countOf } from '../../testing/tamper';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixture JSON is navigated freely in tests
type Json = Record<string, any>;
const clone = <T>(v: T): T => structuredClone(v);

async function asCityAdmin() {
  const { app, deps } = createTestApp();
  return { app, deps, call: api(app, await loginAs(app, 'city-admin.370800')) };
}

const count = (deps: ReturnType<typeof createTestApp>['deps'], table: string): Promise<number> => countOf(deps.db, `SELECT count(*) AS n FROM ${table}`);

describe('catalog seed', () => {
  it('loads the three fixture chains on first start', async () => {
    // given a fresh, seeded database
    const { call } = await asCityAdmin();
    // when the catalog is exported
    const doc = await json(await call('GET', '/api/catalog/export'));
    // then it holds the fixtures' chains and their distinct matters
    expect(doc.format).toBe('yilian.catalog/v1');
    expect(doc.chains.map((c: Json) => c.code).sort()).toEqual(['YL-370800-CY-001', 'YL-370800-QYKB-001', 'YL-370800-XSE-001']);
    expect(doc.matters.map((m: Json) => m.code)).toContain('000131127004');
    expect(new Set(doc.matters.map((m: Json) => m.code)).size).toBe(doc.matters.length);
  });
});

describe('POST /api/catalog/import', () => {
  it('import(export(x)) changes nothing', async () => {
    // given the seeded catalog and its export
    const { call, deps } = await asCityAdmin();
    const exported = await json(await call('GET', '/api/catalog/export'));
    const versions = await count(deps, 'matter_versions');
    // when the export is imported again
    const res = await call('POST', '/api/catalog/import', exported);
    // then every matter is unchanged, no version is added and the next export is identical
    expect(res.status).toBe(200);
    const report = await json(res);
    expect(report.added).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.unchanged).toHaveLength(exported.matters.length);
    expect(report.chainsCreated).toEqual([]);
    expect(await count(deps, 'matter_versions')).toBe(versions);
    expect(await json(await call('GET', '/api/catalog/export'))).toEqual(exported);
  });

  it('turns a changed matter into a new version and keeps the history', async () => {
    // given the restaurant fixture with a shorter promised limit for 食品经营许可
    const { call } = await asCityAdmin();
    const file = clone(restaurant) as Json;
    const matter = file.matters.find((m: Json) => m.code === '000131024000');
    matter.promisedLimitDays = 3;
    // when it is imported
    const report = await json(await call('POST', '/api/catalog/import', file));
    // then that matter changed and has version 2
    expect(report.changed).toEqual(['000131024000']);
    const detail = await json(await call('GET', '/api/matters/000131024000'));
    expect(detail.version).toBe(2);
    expect(detail.matter.promisedLimitDays).toBe(3);
    expect(detail.versions.map((v: Json) => v.version)).toEqual([2, 1]);
  });

  it('keeps unknown keys at every level and exports them again', async () => {
    // given a file with keys the format does not define
    const { call } = await asCityAdmin();
    const file = clone(restaurant) as Json;
    file.provinceBatch = { id: 'SD-2025-07' };
    file.matters[0].localCode = 'JN-001';
    file.matters[0].materials[0].archiveNo = 'A-17';
    file.matters[0].fields[0].dictionary = 'GB/T 2260';
    // when imported and exported
    await call('POST', '/api/catalog/import', file);
    const doc = await json(await call('GET', '/api/catalog/export'));
    // then they survive unchanged
    expect(doc.provinceBatch).toEqual({ id: 'SD-2025-07' });
    const m = doc.matters.find((x: Json) => x.code === file.matters[0].code);
    expect(m.localCode).toBe('JN-001');
    expect(m.materials[0].archiveNo).toBe('A-17');
    expect(m.fields[0].dictionary).toBe('GB/T 2260');
  });

  it('exports matters in the order they were first imported, not by code, whatever was edited since', async () => {
    // given new matters imported in descending code order, the first of them edited afterwards
    const { call } = await asCityAdmin();
    const before = (await json(await call('GET', '/api/catalog/export'))).matters.map((m: Json) => m.code);
    const codes = ['000199603000', '000199601000', '000199602000'];
    const matters = codes.map((code) => ({ ...clone(restaurant.matters[0]!), code }));
    await call('POST', '/api/catalog/import', { format: 'yilian.catalog/v1', matters });
    await call('POST', '/api/catalog/import', { format: 'yilian.catalog/v1', matters: [{ ...matters[0]!, promisedLimitDays: 2 }] });
    // when exported
    const after = (await json(await call('GET', '/api/catalog/export'))).matters.map((m: Json) => m.code);
    // then the new matters follow the seeded ones in file order
    expect(after).toEqual([...before, ...codes]);
  });

  it('exports chains in the order they were imported, not by code', async () => {
    // given two new chains imported with codes in descending order
    const { call } = await asCityAdmin();
    const before = (await json(await call('GET', '/api/catalog/export'))).chains.map((c: Json) => c.code);
    const codes = ['YL-370800-ZZ-001', 'YL-370800-AA-001'];
    const chains = codes.map((code) => ({ ...clone(restaurant.chains[0]!), code }));
    expect((await call('POST', '/api/catalog/import', { format: 'yilian.catalog/v1', matters: restaurant.matters, chains })).status).toBe(200);
    // when exported
    const after = (await json(await call('GET', '/api/catalog/export'))).chains.map((c: Json) => c.code);
    // then they follow the seeded chains in file order
    expect(after).toEqual([...before, ...codes]);
  });

  it('updates a data element whose label changed and creates missing departments', async () => {
    // given a data element relabelled and a matter of a department the tenant lacks
    const { call } = await asCityAdmin();
    const file = clone(restaurant) as Json;
    file.dataElements[0].label = '企业（字号）名称';
    const extra = clone(file.matters[0]);
    extra.code = '000199601000';
    extra.department = '民政局';
    file.matters.push(extra);
    // when imported
    const report = await json(await call('POST', '/api/catalog/import', file));
    // then the label is updated, the department created and both reported
    expect(report.dataElements.updated).toEqual([file.dataElements[0].key]);
    expect(report.departmentsCreated).toEqual(['民政局']);
    expect(report.added).toEqual(['000199601000']);
  });

  it('rejects a file with one bad matter as a whole, naming the JSON path', async () => {
    // given a file whose second matter lacks a material code
    const { call, deps } = await asCityAdmin();
    const file = clone(restaurant) as Json;
    file.matters[0].promisedLimitDays = 1; // a valid change that must not be applied either
    delete file.matters[1].materials[1].code;
    const before = { versions: await count(deps, 'matter_versions'), audit: await count(deps, 'audit_log') };
    // when imported
    const res = await call('POST', '/api/catalog/import', file);
    // then 400 names the path and nothing is written
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('invalid_catalog');
    expect(error.path).toBe('matters[1].materials[1].code');
    expect(error.details.map((d: Json) => d.path)).toContain('matters[1].materials[1].code');
    expect(await count(deps, 'matter_versions')).toBe(before.versions);
    expect(await count(deps, 'audit_log')).toBe(before.audit);
  });

  it('lets county administrators read but not import', async () => {
    // given a county administrator
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'county-admin.370811'));
    // when
    const imported = await call('POST', '/api/catalog/import', restaurant);
    const exported = await call('GET', '/api/catalog/export?chain=YL-370800-CY-001');
    // then
    expect(imported.status).toBe(403);
    expect(exported.status).toBe(200);
    const doc = await json(exported);
    expect(doc.chains.map((c: Json) => c.code)).toEqual(['YL-370800-CY-001']);
    expect(doc.matters.map((m: Json) => m.code).sort()).toEqual([...restaurant.chains[0]!.matters].sort());
  });

  it('answers 413 for a file over 20 MiB and accepts one over the general 5 MiB limit', async () => {
    // given a city administrator
    const { call } = await asCityAdmin();
    const padded = (bytes: number) => JSON.stringify({ ...restaurant, padding: 'x'.repeat(bytes) });
    // when
    const big = await call('POST', '/api/catalog/import', padded(20 * 1024 * 1024 + 1));
    const medium = await call('POST', '/api/catalog/import', padded(6 * 1024 * 1024));
    // then
    expect(big.status).toBe(413);
    expect(medium.status).toBe(200);
  });

  it('answers 404 for the export of an unknown chain', async () => {
    const { call } = await asCityAdmin();
    expect((await call('GET', '/api/catalog/export?chain=NOPE')).status).toBe(404);
  });
});

describe('GET /api/catalog/checks', () => {
  it('reports the conflicts chains will meet', async () => {
    // given a catalog where one matter writes its fee as 无
    const { call } = await asCityAdmin();
    const file = clone(restaurant) as Json;
    file.matters[2].fee = '无';
    await call('POST', '/api/catalog/import', file);
    // when
    const { items } = await json(await call('GET', '/api/catalog/checks'));
    // then the fee finding names that matter
    const fee = items.filter((f: Json) => f.matterCodes.includes(file.matters[2].code) && /无|fee/.test(f.kind + f.message));
    expect(fee.length).toBeGreaterThan(0);
  });
});
