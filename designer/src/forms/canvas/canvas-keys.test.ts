import { describe, expect, it } from 'vitest';
import { formRows, type ItemRow } from '../model/form-rows';
import { sampleModel } from '../model/test-items';
import { canvasKeyAction } from './canvas-keys';

const rows = (collapsed: string[] = []) => formRows(sampleModel(), { collapsed: new Set(collapsed), shown: new Map(), limit: 100 }) as ItemRow[];
const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
const row = (list: ItemRow[], id: string) => list.find((r) => r.id === id)!;

describe('canvas keys', () => {
  it('moves the focus with arrows, Home and End, staying within the rows', () => {
    const list = rows();
    expect(canvasKeyAction(key('ArrowDown'), list, row(list, 's1'))).toEqual({ kind: 'focus', row: row(list, 's1/a') });
    expect(canvasKeyAction(key('ArrowUp'), list, row(list, 's1'))).toEqual({ kind: 'focus', row: row(list, 's1') });
    expect(canvasKeyAction(key('End'), list, row(list, 's1'))).toEqual({ kind: 'focus', row: row(list, 'w/p1/d') });
    expect(canvasKeyAction(key('Home'), list, row(list, 's2'))).toEqual({ kind: 'focus', row: row(list, 's1') });
  });

  it('opens and closes containers with Right and Left; Left on a field goes to its container', () => {
    const closed = rows(['s1']);
    expect(canvasKeyAction(key('ArrowRight'), closed, row(closed, 's1'))).toEqual({ kind: 'toggle', row: row(closed, 's1'), open: true });
    const open = rows();
    expect(canvasKeyAction(key('ArrowLeft'), open, row(open, 's1'))).toEqual({ kind: 'toggle', row: row(open, 's1'), open: false });
    expect(canvasKeyAction(key('ArrowLeft'), open, row(open, 's1/b'))).toEqual({ kind: 'focus', row: row(open, 's1') });
  });

  it('moves the item with Alt+arrows and removes it with Delete; leaves Ctrl (undo) alone', () => {
    const list = rows();
    const b = row(list, 's1/b');
    expect(canvasKeyAction(key('ArrowUp', { altKey: true }), list, b)).toEqual({ kind: 'move', row: b, direction: 'up' });
    expect(canvasKeyAction(key('ArrowRight', { altKey: true }), list, b)).toEqual({ kind: 'move', row: b, direction: 'into' });
    expect(canvasKeyAction(key('ArrowLeft', { altKey: true }), list, b)).toEqual({ kind: 'move', row: b, direction: 'out' });
    expect(canvasKeyAction(key('Delete'), list, b)).toEqual({ kind: 'remove', row: b });
    expect(canvasKeyAction(key('z', { ctrlKey: true }), list, b)).toBeNull();
  });
});
