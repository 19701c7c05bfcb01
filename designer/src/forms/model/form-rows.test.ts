import { describe, expect, it } from 'vitest';
import { containerIds, formRows, type ItemRow } from './form-rows';
import { field, sampleModel, section } from './test-items';

const ids = (rows: ReturnType<typeof formRows>) => rows.map((r) => r.id);
const options = (collapsed: string[] = [], limit = 100, shown = new Map<string, number>()) => ({ collapsed: new Set(collapsed), shown, limit });

describe('canvas rows', () => {
  it('flattens the tree in order with depths, keys and table columns', () => {
    // when
    const rows = formRows(sampleModel(), options()) as ItemRow[];
    // then
    expect(ids(rows)).toEqual(['s1', 's1/a', 's1/b', 's2', 's2/c', 'rows', 'rows/col', 'w', 'w/p1', 'w/p1/d']);
    const col = rows.find((r) => r.id === 'rows/col')!;
    expect(col).toMatchObject({ depth: 1, key: 'col', inTable: true, container: false });
    expect(rows.find((r) => r.id === 'rows')).toMatchObject({ container: true, childCount: 1, key: 'rows', layout: false });
    expect(rows.find((r) => r.id === 's1/a')).toMatchObject({ key: 'a', depth: 1, inTable: false });
  });

  it('hides the children of collapsed containers', () => {
    const rows = formRows(sampleModel(), options(['s1', 'w']));
    expect(ids(rows)).toEqual(['s1', 's2', 's2/c', 'rows', 'rows/col', 'w']);
    expect(rows[0]).toMatchObject({ collapsed: true, childCount: 2 });
  });

  it('shows a long container\'s first children and a "more" row, 1,000 fields in a few rows', () => {
    // given one section of 1,000 fields
    const big = { items: [section('s', Array.from({ length: 1000 }, (_, i) => field(`f${i}`)))] };
    // when rendered with the default limit, then with more shown
    const rows = formRows(big, options([], 100));
    const more = formRows(big, options([], 100, new Map([['s', 300]])));
    // then
    expect(rows).toHaveLength(102);
    expect(rows.at(-1)).toEqual({ kind: 'more', id: 's#more', parentId: 's', depth: 1, hidden: 900 });
    expect(more).toHaveLength(302);
    expect(formRows(big, options(containerIds(big)))).toHaveLength(1);
  });

  it('lists every container id', () => {
    expect(containerIds(sampleModel())).toEqual(['s1', 's2', 'rows', 'w', 'w/p1']);
  });
});
