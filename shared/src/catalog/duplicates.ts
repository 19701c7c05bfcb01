/** Reporting of repeated identifiers (codes, keys) inside a list. */

/** One repetition: the index of the repeated item and of its first occurrence. */
export interface Duplicate {
  index: number;
  firstIndex: number;
  id: string;
}

/** Every item whose id was already used by an earlier item, in list order (items without id are skipped). */
export function findDuplicates<T>(items: readonly T[], idOf: (item: T) => string | undefined): Duplicate[] {
  const firstIndexOf = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const firstIndex = firstIndexOf.get(id);
    if (firstIndex === undefined) firstIndexOf.set(id, index);
    else duplicates.push({ index, firstIndex, id });
  });
  return duplicates;
}
