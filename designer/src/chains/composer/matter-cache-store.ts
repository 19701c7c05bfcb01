/** Full matters (GET /api/matters/{code}) fetched once per code, and the data elements of the chain. */
import { markRaw, ref } from 'vue';
import { defineStore } from 'pinia';
import type { DataElement, Matter } from '@yilian/shared';
import { chainCatalogApi } from '../../api/chains';

export const useMatterCacheStore = defineStore('chainMatterCache', () => {
  /** Loaded matters by code (raw: they are read, never edited). */
  const matters = ref<Record<string, Matter>>({});
  /** Why a matter could not be loaded, by code. */
  const failures = ref<Record<string, unknown>>({});
  const dataElements = ref<DataElement[]>([]);
  const pending = new Map<string, Promise<void>>();

  /** Loads every given matter not loaded yet; failures are recorded by code. */
  async function ensure(codes: readonly string[]): Promise<void> {
    await Promise.all(codes.map((code) => {
      if (matters.value[code]) return undefined;
      let loading = pending.get(code);
      if (!loading) {
        loading = chainCatalogApi.matter(code).then(
          (matter) => {
            matters.value = { ...matters.value, [code]: markRaw(matter) };
            const { [code]: _gone, ...rest } = failures.value;
            failures.value = rest;
          },
          (err: unknown) => {
            failures.value = { ...failures.value, [code]: err };
          },
        ).finally(() => pending.delete(code));
        pending.set(code, loading);
      }
      return loading;
    }));
  }

  /** Loads the catalog's data elements once (their labels name merged fields). */
  async function loadDataElements(): Promise<void> {
    if (dataElements.value.length > 0) return;
    dataElements.value = markRaw(await chainCatalogApi.dataElements());
  }

  /** The matter's name, or its code while it is not loaded. */
  function nameOf(code: string): string {
    return matters.value[code]?.name ?? code;
  }

  return { matters, failures, dataElements, ensure, loadDataElements, nameOf };
});
