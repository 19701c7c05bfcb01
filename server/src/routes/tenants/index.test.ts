import { describe, expect, it } from 'vitest';
import { api, createTestApp } from '../../testing/test-app';
import { json } from '../../testing/json';

interface Node { id: string; name: string; kind: string; parentId: string | null; children: Node[] }

describe('GET /api/tenants', () => {
  it('returns the 济宁 tree: the city with 11 counties and 3 zones, publicly', async () => {
    // given
    const { app } = createTestApp();
    // when an anonymous visitor asks
    const res = await api(app)('GET', '/api/tenants');
    // then
    expect(res.status).toBe(200);
    const { tenants } = await json<{ tenants: Node[] }>(res);
    expect(tenants).toHaveLength(1);
    const city = tenants[0]!;
    expect(city).toMatchObject({ id: '370800', name: '济宁市', kind: 'city', parentId: null });
    expect(city.children).toHaveLength(14);
    expect(city.children.filter((t) => t.kind === 'county')).toHaveLength(11);
    expect(city.children.filter((t) => t.kind === 'zone').map((t) => t.name)).toEqual(['济宁高新区', '太白湖新区', '济宁经济技术开发区']);
    expect(city.children.every((t) => t.parentId === '370800' && t.children.length === 0)).toBe(true);
    const all = [city, ...city.children];
    expect(all).toHaveLength(15);
    expect(all.find((t) => t.id === '370881')?.name).toBe('曲阜市');
  });
});
