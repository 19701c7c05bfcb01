/**
 * `v-table-cards` on an Element Plus table: below 600 px (table-cards.css) each row becomes a card and each cell
 * shows its column's header as a label, so a phone needs no sideways scrolling. The directive copies the header
 * texts onto the body cells (`data-label`) whenever the table renders rows.
 */
import type { Directive } from 'vue';
import './table-cards.css';

/** Labels every body cell of an Element Plus table with the header text of its column. */
export function labelTableCells(table: HTMLElement): void {
  const headers = [...table.querySelectorAll('.el-table__header-wrapper thead tr:last-child th')].map((th) => th.textContent?.trim() ?? '');
  for (const row of table.querySelectorAll('.el-table__body-wrapper tbody tr.el-table__row')) {
    [...row.children].forEach((cell, index) => {
      const label = headers[index];
      if (label) cell.setAttribute('data-label', label);
      else cell.removeAttribute('data-label');
    });
  }
}

const observers = new WeakMap<HTMLElement, MutationObserver>();

export const vTableCards: Directive<HTMLElement> = {
  mounted(el) {
    // an attribute, not a class: the table re-renders its own class list
    el.setAttribute('data-table-cards', '');
    labelTableCells(el);
    // Rows and headers change without the parent re-rendering (paging, sorting, a language switch).
    const observer = new MutationObserver(() => labelTableCells(el));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    observers.set(el, observer);
  },
  unmounted(el) {
    observers.get(el)?.disconnect();
    observers.delete(el);
  },
};
