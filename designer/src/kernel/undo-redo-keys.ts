/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo outside text inputs, which keep their own undo. */
import { onBeforeUnmount, onMounted } from 'vue';

function inTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the undo/redo shortcuts on the window while the component is mounted. */
export function useUndoRedoKeys(undo: () => void, redo: () => void): void {
  function onKey(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextInput(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    } else if (key === 'y' && !event.shiftKey) {
      event.preventDefault();
      redo();
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
