/** Adding from the palette by keyboard or click, revealing and focusing an item: the canvas's non-drag paths. */
import { nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import { planDrop, type DropPlan, type DropTarget } from '../canvas/drop-rules';
import { childrenAt, itemAt, type FormItem, type ItemPath } from '../model/form-model';
import { isContainer, rowId } from '../model/form-rows';
import { useFormDesignerStore } from './form-designer-store';
import type { FormDesignerContext } from './form-context';

/** Rows shown per container before a "more" row. */
export const ROW_LIMIT = 100;

/** The canvas row element of an item id. */
export function rowElement(id: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-row-id]')].find((el) => el.dataset.rowId === id);
}

export function useFormActions(edit: FormDesignerContext['edit'], announce: (message: string) => void) {
  const { t } = useI18n();
  const store = useFormDesignerStore();

  /** Opens every container above `path` and shows enough of each list to include it. */
  function reveal(path: ItemPath): void {
    const model = store.model();
    if (!model) return;
    for (let depth = 1; depth <= path.length; depth += 1) {
      const parent = path.slice(0, depth - 1);
      if (depth < path.length) store.toggle(rowId(path.slice(0, depth)), true);
      const index = childrenAt(model, parent)?.findIndex((i) => i.name === path[depth - 1]) ?? -1;
      const id = rowId(parent);
      if (index >= (store.shown.get(id) ?? ROW_LIMIT)) store.showMore(id, index + 1);
    }
  }

  /** Selects and reveals an item, then focuses its row. */
  function focusItem(path: readonly string[]): void {
    reveal(path);
    store.select(path);
    void nextTick(() => rowElement(rowId(path))?.focus());
  }

  /**
   * Where a palette item goes without a drag: into the selected container, after the selected item,
   * else at the end. A chain's merged field never lands in a table by this path (a column's key is
   * relative to its row, so the field would stay unplaced); new field types do, as columns.
   */
  function targetsFor(selected: readonly string[] | null, intoTables: boolean): DropTarget[] {
    const model = store.model();
    const item = model && selected ? itemAt(model, selected) : undefined;
    const root: DropTarget = { path: [], zone: 'inside' };
    if (!item || !selected) return [root];
    const inside = isContainer(item) && (intoTables || item.columns === undefined);
    return inside ? [{ path: selected, zone: 'inside' }, { path: selected, zone: 'after' }, root] : [{ path: selected, zone: 'after' }, root];
  }

  function add(item: FormItem, options: { intoTables?: boolean } = {}): boolean {
    const model = store.model();
    if (!model) return false;
    const plans: DropPlan[] = targetsFor(store.selected, options.intoTables ?? true).map((target) => planDrop(model, { kind: 'new', item }, target));
    const plan = plans.find((p) => p.ok) ?? plans[0]!;
    if (!plan.ok) {
      announce(t(`forms.drop.${plan.reason}`));
      return false;
    }
    if (!edit(plan.command, plan.path)) return false;
    reveal(plan.path);
    announce(t('forms.canvas.added', { name: item.props.title ?? item.name }));
    return true;
  }

  return { add, reveal, focusItem };
}
