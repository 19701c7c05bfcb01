/**
 * Calls `onNear` once when an element comes within `margin` of the viewport: an IntersectionObserver,
 * or where there is none, the next idle moment (so content still mounts, after the first paint).
 */
export function whenNearViewport(el: Element, onNear: () => void, margin = '600px 0px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    const idle = globalThis.requestIdleCallback;
    if (idle) {
      const handle = idle(() => onNear());
      return () => globalThis.cancelIdleCallback?.(handle);
    }
    const timer = setTimeout(onNear, 0);
    return () => clearTimeout(timer);
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      onNear();
    }
  }, { rootMargin: margin });
  observer.observe(el);
  return () => observer.disconnect();
}
