// Setup of the happy-dom test project, whose test files share a worker (isolate: false: Element Plus and the
// pages load once per worker, not once per file). Every test leaves nothing behind for the next one:
// components unmounted (no timer or listener of theirs fires later), DOM emptied, real timers and globals
// restored, storage cleared.
import { afterEach, vi } from 'vitest';
import { disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils';

disableAutoUnmount(); // test-utils is loaded once per worker: drop the previous file's registration
enableAutoUnmount(afterEach);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang'); // i18n sets <html lang>
  localStorage.clear();
});
