/** The address field's province → city → county (and zone) options: built once, on first use, never reactive. */
import { markRaw } from 'vue';
import { regionTree, type RegionOption } from '@yilian/shared';

let tree: readonly RegionOption[] | undefined;

/** The region tree shared by every address input (by reference, `markRaw`). */
export function regionOptions(): readonly RegionOption[] {
  tree ??= markRaw(regionTree());
  return tree;
}
