/** Commands on the chain form's items: insert, remove, move, update, rename. Each reverts exactly. */
import type { Command } from '../../kernel/command-stack';
import type { ChainDocument } from '../../chains/document/chain-document';
import { cloneJson } from '../../chains/document/chain-document';
import { childrenAt, itemAt, siblingsOf, type FormItem, type FormNodeProps, type ItemPath } from '../model/form-model';

type FormCommand = Command<ChainDocument>;

/** Inserts a copy of `item` into the container at `parentPath` at `index` (clamped). */
export function insertItem(parentPath: ItemPath, index: number, item: FormItem): FormCommand {
  let at = -1;
  return {
    kind: 'form.insert',
    execute({ form }) {
      const list = form ? childrenAt(form, parentPath) : undefined;
      if (!list || list.some((i) => i.name === item.name)) return false;
      at = Math.max(0, Math.min(index, list.length));
      list.splice(at, 0, cloneJson(item));
      return true;
    },
    revert({ form }) {
      childrenAt(form!, parentPath)!.splice(at, 1);
    },
  };
}

/** Removes the item at `path` (with its children). */
export function removeItem(path: ItemPath): FormCommand {
  let removed: FormItem | undefined;
  let at = -1;
  return {
    kind: 'form.remove',
    execute({ form }) {
      const list = form ? siblingsOf(form, path) : undefined;
      at = list?.findIndex((i) => i.name === path.at(-1)) ?? -1;
      if (!list || at < 0) return false;
      removed = list.splice(at, 1)[0];
      return true;
    },
    revert({ form }) {
      siblingsOf(form!, path)!.splice(at, 0, removed!);
    },
  };
}

/** Moves the item at `path` into the container at `toParent`, at `toIndex` of that list after removal. */
export function moveItem(path: ItemPath, toParent: ItemPath, toIndex: number): FormCommand {
  let from = -1;
  let to = -1;
  const name = path.at(-1)!;
  const fromParent = path.slice(0, -1);
  return {
    kind: 'form.move',
    execute({ form }) {
      if (!form) return false;
      // A container cannot move into itself or its own descendants.
      if (toParent.length >= path.length && path.every((n, i) => toParent[i] === n)) return false;
      const source = childrenAt(form, fromParent);
      const target = childrenAt(form, toParent);
      from = source?.findIndex((i) => i.name === name) ?? -1;
      if (!source || !target || from < 0) return false;
      if (source !== target && target.some((i) => i.name === name)) return false;
      const [item] = source.splice(from, 1);
      to = Math.max(0, Math.min(toIndex, target.length));
      target.splice(to, 0, item!);
      return !(source === target && from === to);
    },
    revert({ form }) {
      const [item] = childrenAt(form!, toParent)!.splice(to, 1);
      childrenAt(form!, fromParent)!.splice(from, 0, item!);
    },
  };
}

/** Sets node properties; an `undefined` value removes the property. */
export function updateItem(path: ItemPath, patch: Partial<FormNodeProps>): FormCommand {
  let before: Partial<FormNodeProps> = {};
  return {
    kind: 'form.update',
    execute({ form }) {
      const item = form ? itemAt(form, path) : undefined;
      if (!item) return false;
      const props = item.props as Record<string, unknown>;
      const entries = Object.entries(patch);
      if (entries.every(([k, v]) => JSON.stringify(props[k]) === JSON.stringify(v))) return false;
      before = Object.fromEntries(entries.map(([k]) => [k, props[k] === undefined ? undefined : cloneJson(props[k])]));
      for (const [k, v] of entries) {
        if (v === undefined) delete props[k];
        else props[k] = cloneJson(v);
      }
      return true;
    },
    revert({ form }) {
      const props = itemAt(form!, path)!.props as Record<string, unknown>;
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete props[k];
        else props[k] = v;
      }
    },
  };
}

/** Renames the item at `path` (a field's key segment or a layout's name); refused when a sibling has it. */
export function renameItem(path: ItemPath, name: string): FormCommand {
  const old = path.at(-1)!;
  return {
    kind: 'form.rename',
    execute({ form }) {
      const list = form ? siblingsOf(form, path) : undefined;
      const item = list?.find((i) => i.name === old);
      if (!list || !item || name === old || name.trim() === '' || list.some((i) => i.name === name)) return false;
      item.name = name;
      return true;
    },
    revert({ form }) {
      siblingsOf(form!, [...path.slice(0, -1), name])!.find((i) => i.name === name)!.name = old;
    },
  };
}
