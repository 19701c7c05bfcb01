/**
 * Where a dragged item may land, decided before anything changes (form-js validates every drop
 * first): the container rules, unique names and keys, no container into itself. A valid drop comes
 * back as the one command that performs it; the keyboard moves plan through the same function.
 */
import type { Command } from '../../kernel/command-stack';
import type { ChainDocument } from '../../chains/document/chain-document';
import { insertItem, mergeFields, moveItem } from '../commands';
import { childrenAt, fieldPaths, isLayoutItem, itemAt, itemsAlong, type FormItem, type FormModel, type ItemPath } from '../model/form-model';
import { isContainer } from '../model/form-rows';

/** What is dragged: an item of the form, or a new one from the palette. */
export type DragSource = { kind: 'item'; path: readonly string[] } | { kind: 'new'; item: FormItem };

/** Before or after the target row, or inside it (into a container; onto a field = merge the two). */
export type DropZone = 'before' | 'after' | 'inside';

/** Where the drop happens; the root's end is `{ path: [], zone: 'inside' }`. */
export interface DropTarget {
  path: readonly string[];
  zone: DropZone;
}

/** Why a drop is refused (an i18n key under `forms.drop`). */
export type DropRefusal =
  | 'missing' | 'intoItself' | 'notContainer' | 'stepOutsideSteps' | 'onlySteps' | 'columnKind'
  | 'nameTaken' | 'keyTaken' | 'noop' | 'mergeKind';

export type DropPlan =
  | { ok: true; action: 'insert' | 'move' | 'merge'; command: Command<ChainDocument>; /** Where the item is afterwards (the target for a merge). */ path: string[] }
  | { ok: false; reason: DropRefusal };

const refuse = (reason: DropRefusal): DropPlan => ({ ok: false, reason });
const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => b[i] === n);
const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((n, i) => path[i] === n);
const componentOf = (item: FormItem) => String(item.props['x-component'] ?? '');

/** True when the item at `path` is a table column. */
export function inTable(model: FormModel, path: ItemPath): boolean {
  return itemsAlong(model, path).slice(0, -1).some((i) => i.columns !== undefined);
}

/** Why `child` may not go into `parent` (null = the root), or null when it may. */
export function containRefusal(parent: FormItem | null, child: FormItem): DropRefusal | null {
  const step = componentOf(child) === 'Step';
  if (parent === null) return step ? 'stepOutsideSteps' : null;
  if (parent.columns !== undefined) return isLayoutItem(child) || child.columns !== undefined ? 'columnKind' : null;
  const kind = componentOf(parent);
  if (kind === 'Steps') return step ? null : 'onlySteps';
  if (step) return 'stepOutsideSteps';
  return isContainer(parent) ? null : 'notContainer';
}

function planMerge(model: FormModel, source: ItemPath, target: ItemPath): DropPlan {
  if (samePath(source, target)) return refuse('noop');
  const [from, onto] = [itemAt(model, source)!, itemAt(model, target)!];
  if (isLayoutItem(from) || isLayoutItem(onto) || inTable(model, source) || inTable(model, target)) return refuse('mergeKind');
  return { ok: true, action: 'merge', command: mergeFields(source, target), path: [...target] };
}

/** The container and index a drop lands at. */
function placeOf(model: FormModel, target: DropTarget): { parent: string[]; index: number } | null {
  if (target.zone === 'inside') {
    const list = childrenAt(model, target.path);
    return list ? { parent: [...target.path], index: list.length } : null;
  }
  const parent = target.path.slice(0, -1);
  const index = childrenAt(model, parent)?.findIndex((i) => i.name === target.path.at(-1)) ?? -1;
  return index < 0 ? null : { parent, index: target.zone === 'before' ? index : index + 1 };
}

/** Plans a drop: the command to run, or why it is refused. Nothing changes here. */
export function planDrop(model: FormModel, source: DragSource, target: DropTarget): DropPlan {
  const moving = source.kind === 'item' ? itemAt(model, source.path) : source.item;
  const onto = target.path.length > 0 ? itemAt(model, target.path) : undefined;
  if (!moving || (target.path.length > 0 && !onto)) return refuse('missing');
  if (target.zone === 'inside' && onto && !isContainer(onto)) {
    return source.kind === 'item' ? planMerge(model, source.path, target.path) : planDrop(model, source, { path: target.path, zone: 'after' });
  }
  const place = placeOf(model, target);
  if (!place) return refuse('missing');
  const parentItem = place.parent.length > 0 ? itemAt(model, place.parent)! : null;
  const why = containRefusal(parentItem, moving);
  if (why) return refuse(why);
  const list = childrenAt(model, place.parent)!;
  const path = [...place.parent, moving.name];
  const column = parentItem?.columns !== undefined;
  const keyTaken = !isLayoutItem(moving) && !column && fieldPaths(model).some((f) => f.key === moving.name && (source.kind === 'new' || !samePath(f.path, source.path)));

  if (source.kind === 'new') {
    if (list.some((i) => i.name === moving.name)) return refuse('nameTaken');
    if (keyTaken) return refuse('keyTaken');
    return { ok: true, action: 'insert', command: insertItem(place.parent, place.index, moving), path };
  }
  if (startsWith(place.parent, source.path)) return refuse('intoItself');
  let index = place.index;
  if (samePath(source.path.slice(0, -1), place.parent)) {
    const from = list.findIndex((i) => i.name === moving.name);
    if (from < index) index -= 1;
    if (from === index) return refuse('noop');
  } else {
    if (list.some((i) => i.name === moving.name)) return refuse('nameTaken');
    if (keyTaken) return refuse('keyTaken');
  }
  return { ok: true, action: 'move', command: moveItem(source.path, place.parent, index), path };
}
