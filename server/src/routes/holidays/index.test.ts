import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { holidayFile } from '@yilian/shared/testing';
import { countOf, rawSql } from '../../testing/tamper';

const file2027 = () => ({
  year: 2027,
  papers: ['https://www.gov.cn/example-2027'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
  ],
});

const auditCount = (deps: ReturnType<typeof createTestApp>['deps']): Promise<number> => countOf(deps.db, 'SELECT count(*) AS n FROM audit_log');

describe('GET /api/holidays', () => {
  it('lists the bundled years with their day counts and no warning in 2025', async () => {
    // given the bundled 2019–2026 data and the clock at 2025-09-26
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'window-clerk.370811'));
    const bundled = holidayFile(2025);
    // when
    const res = await call('GET', '/api/holidays');
    // then
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(body.years.find((y: { year: number }) => y.year === 2025)).toEqual({
      year: 2025,
      offDays: bundled.days.filter((d) => d.isOffDay).length,
      makeUpDays: bundled.days.filter((d) => !d.isOffDay).length,
      source: 'bundled',
      loadedAt: '2025-09-26T02:00:00.000Z',
      loadedBy: null,
    });
    expect(body.missingYears).toEqual([]);
    expect(body.warning).toBeNull();
  });

  it('warns when the next year has no data (deadlines fall back to Monday–Friday)', async () => {
    // given the clock in December 2026, with no 2027 data
    const { app } = createTestApp({ now: '2026-12-01T02:00:00.000Z' });
    const call = api(app, await loginAs(app, 'supervisor.370800'));
    // when
    const body = await json(await call('GET', '/api/holidays'));
    // then
    expect(body.missingYears).toEqual([2027]);
    expect(body.warning).toContain('2027');
    expect(body.warning).toContain('周一至周五');
  });

  it('names the current year too when it is missing', async () => {
    // given the clock in 2026 and the 2026 data gone
    const { app, deps } = createTestApp({ now: '2026-03-01T02:00:00.000Z' });
    await rawSql(deps.db, 'DELETE FROM holiday_years WHERE year = 2026');
    const call = api(app, await loginAs(app, 'county-admin.370881'));
    // when
    const body = await json(await call('GET', '/api/holidays'));
    // then
    expect(body.missingYears).toEqual([2026, 2027]);
  });

  it('is for staff only', async () => {
    // given
    const { app } = createTestApp();
    // when
    const res = await api(app, await loginAs(app, 'citizen.demo'))('GET', '/api/holidays');
    // then
    expect(res.status).toBe(403);
  });
});

describe('PUT /api/holidays/:year', () => {
  it('loads a valid year, which deadlines then use', async () => {
    // given no 2027 data: 2027-01-01 (a Friday) counts as a working day
    const { app, deps } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const before = await json(await call('GET', '/api/calendar/deadline?from=2026-12-31&days=1'));
    expect(before).toEqual({ deadline: '2027-01-01', fallbackYears: [2027] });
    const audits = await auditCount(deps);
    // when
    const res = await call('PUT', '/api/holidays/2027', file2027());
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ year: 2027, offDays: 1, makeUpDays: 1, warnings: [] });
    const listed = (await json(await call('GET', '/api/holidays'))).years.find((y: { year: number }) => y.year === 2027);
    expect(listed).toMatchObject({ source: 'upload', loadedBy: 'city-admin.370800', offDays: 1, makeUpDays: 1 });
    expect(await json(await call('GET', '/api/calendar/deadline?from=2026-12-31&days=1'))).toEqual({ deadline: '2027-01-04', fallbackYears: [] });
    expect(await auditCount(deps)).toBe(audits + 1);
  });

  it('replaces a bundled year and returns the file\'s warnings', async () => {
    // given
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    // when a file without sources and with a weekday make-up day is loaded for 2026
    const res = await call('PUT', '/api/holidays/2026', { year: 2026, days: [{ name: '元旦', date: '2026-01-01', isOffDay: true }, { name: '测试', date: '2026-01-05', isOffDay: false }] });
    // then
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.warnings).toHaveLength(2);
    const listed = (await json(await call('GET', '/api/holidays'))).years.find((y: { year: number }) => y.year === 2026);
    expect(listed).toMatchObject({ source: 'upload', offDays: 1, makeUpDays: 1 });
  });

  it.each([
    ['a date outside the year', { ...file2027(), days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] }, 'days[0].date'],
    ['an impossible date', { ...file2027(), days: [...file2027().days, { name: '错', date: '2027-02-30', isOffDay: true }] }, 'days[2].date'],
    ['a repeated date', { ...file2027(), days: [...file2027().days, { name: '元旦', date: '2027-01-01', isOffDay: true }] }, 'days[2].date'],
    ['a non-boolean isOffDay', { ...file2027(), days: [{ name: '元旦', date: '2027-01-01', isOffDay: 'yes' }] }, 'days[0].isOffDay'],
    ['another year than the address', { year: 2028, days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] }, 'year'],
    ['no days', { year: 2027 }, 'days'],
  ])('rejects a file with %s (400 naming the path) and writes nothing', async (_label, file, path) => {
    // given
    const { app, deps } = createTestApp();
    const call = api(app, await loginAs(app, 'city-admin.370800'));
    const audits = await auditCount(deps);
    // when
    const res = await call('PUT', '/api/holidays/2027', file);
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_input', path });
    expect(await countOf(deps.db, 'SELECT count(*) AS n FROM holiday_years WHERE year = 2027')).toBe(0);
    expect(await auditCount(deps)).toBe(audits);
  });

  it('is for the city admin only', async () => {
    // given
    const { app, deps } = createTestApp();
    const call = api(app, await loginAs(app, 'county-admin.370811'));
    // when
    const res = await call('PUT', '/api/holidays/2027', file2027());
    // then
    expect(res.status).toBe(403);
    expect(await countOf(deps.db, 'SELECT count(*) AS n FROM holiday_years WHERE year = 2027')).toBe(0);
  });
});

describe('GET /api/calendar/deadline', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2024-09-27', 2, '2024-09-30'],
    ['2025-04-30', 20, '2025-06-03'],
    ['2025-12-31', 15, '2026-01-22'],
  ])('accepted %s + %i working days → %s (domain.md §5 vectors)', async (from, days, deadline) => {
    // given
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'window-clerk.370811'));
    // when
    const res = await call('GET', `/api/calendar/deadline?from=${from}&days=${days}`);
    // then
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ deadline, fallbackYears: [] });
  });

  it.each([
    ['from=2025-02-30&days=1', 'from'],
    ['from=2025-09-26&days=-1', 'days'],
    ['from=2025-09-26&days=1.5', 'days'],
    ['days=1', 'from'],
  ])('rejects ?%s naming %s', async (query, path) => {
    // given
    const { app } = createTestApp();
    const call = api(app, await loginAs(app, 'window-clerk.370811'));
    // when
    const res = await call('GET', `/api/calendar/deadline?${query}`);
    // then
    expect(res.status).toBe(400);
    expect((await json(res)).error.path).toBe(path);
  });
});
