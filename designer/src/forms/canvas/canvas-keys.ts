/**
 * The canvas's keys (a tree): arrows move the selection, Right/Left open and close a container,
 * Alt+arrows move the item (up, down, into the container above, out of its container), Delete
 * removes it. Every drag has this keyboard path beside it.
 */
import type { ItemRow } from '../model/form-rows';
import type { KeyboardMove } from './keyboard-moves';

export type CanvasKeyAction =
  | { kind: 'focus'; row: ItemRow }
  | { kind: 'toggle'; row: ItemRow; open: boolean }
  | { kind: 'move'; row: ItemRow; direction: KeyboardMove }
  | { kind: 'remove'; row: ItemRow };

const MOVE_KEYS: Readonly<Record<string, KeyboardMove>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'into', ArrowLeft: 'out' };

/** What a key on the row `current` does, or null when the canvas ignores it. */
export function canvasKeyAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, rows: readonly ItemRow[], current: ItemRow): CanvasKeyAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  const index = rows.findIndex((r) => r.id === current.id);
  if (event.altKey) {
    const direction = MOVE_KEYS[event.key];
    return direction ? { kind: 'move', row: current, direction } : null;
  }
  const at = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))]!;
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'focus', row: at(index + 1) };
    case 'ArrowUp':
      return { kind: 'focus', row: at(index - 1) };
    case 'Home':
      return { kind: 'focus', row: at(0) };
    case 'End':
      return { kind: 'focus', row: at(rows.length - 1) };
    case 'ArrowRight':
      return current.container && current.collapsed ? { kind: 'toggle', row: current, open: true } : null;
    case 'ArrowLeft': {
      if (current.container && !current.collapsed && current.childCount > 0) return { kind: 'toggle', row: current, open: false };
      const parent = rows.find((r) => r.id === current.path.slice(0, -1).join('/'));
      return parent ? { kind: 'focus', row: parent } : null;
    }
    case 'Delete':
      return { kind: 'remove', row: current };
    default:
      return null;
  }
}
