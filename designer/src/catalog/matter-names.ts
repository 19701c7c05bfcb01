/** Names of matters known only by code (前置事项), fetched once per code and shared by every view. */
import { ref, watch, type Ref, type WatchSource } from 'vue';
import { catalogApi } from '../api/catalog';

const known = ref<Record<string, string>>({});
const asked = new Set<string>();

/** Asks the catalog for the name of each code not asked yet; a code that cannot be read stays nameless. */
async function ask(codes: readonly string[]): Promise<void> {
  const fresh = codes.filter((code) => !asked.has(code));
  fresh.forEach((code) => asked.add(code));
  await Promise.all(fresh.map(async (code) => {
    try {
      const detail = await catalogApi.detail(code);
      known.value = { ...known.value, [code]: detail.matter.name };
    } catch {
      // shown by its code alone
    }
  }));
}

/** The names by code of the matters `codes` lists, filled in as they arrive. */
export function useMatterNames(codes: WatchSource<readonly string[]>): Ref<Record<string, string>> {
  watch(codes, (list) => void ask(list), { immediate: true });
  return known;
}
