/**
 * The Formily ↔ Vue bridge, one observer per component: `useTrackedRender` runs a render function
 * inside a @formily/reactive Tracker (what `@formily/reactive-vue`'s observer does, in 20 lines and
 * without wrapping the children's mounting), so a field re-renders exactly when the observables it
 * read change; `useFormily` mirrors one derived observable value into a Vue ref (layout visibility).
 */
import { onBeforeUnmount, shallowRef, type ShallowRef, type VNodeChild } from 'vue';
import { autorun, Tracker } from '@formily/reactive';

/** Wraps a render function so Formily observables it reads re-render the component. */
export function useTrackedRender(render: () => VNodeChild): () => VNodeChild {
  const version = shallowRef(0);
  const tracker = new Tracker(() => {
    version.value += 1;
  });
  onBeforeUnmount(() => tracker.dispose());
  return () => {
    void version.value; // Vue re-renders when the tracker's scheduler bumps it
    return tracker.track(render) as VNodeChild;
  };
}

/** A Vue ref that follows a Formily-derived value (one autorun, stopped on unmount). */
export function useFormily<T>(read: () => T): Readonly<ShallowRef<T>> {
  const state = shallowRef() as ShallowRef<T>;
  const stop = autorun(() => {
    state.value = read();
  });
  onBeforeUnmount(stop);
  return state;
}
