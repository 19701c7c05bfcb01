// Commands of the browser test mode (vitest.browser.config.ts), run by Playwright outside the page.
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen') => Promise<void>;
  }
}

/** Switches the CSS media type of the page under test, e.g. to check the print style sheet. */
export function emulateMedia(media: 'print' | 'screen'): Promise<void> {
  return commands.emulateMedia(media);
}
