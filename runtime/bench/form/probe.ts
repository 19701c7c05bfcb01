/**
 * What both bench pages report to the driver through `window.__bench`: when the form was rendered
 * (after the next paint: a requestAnimationFrame, then a message once that frame is done), and each
 * keystroke's latency from its `keydown` to the paint after the `input` event it caused.
 */
export interface BenchProbe {
  /** `side:variant`, e.g. `ours:lazy`. */
  name: string;
  /** CSS selector of the input the driver types into. */
  typeTarget: string;
  /** ms since navigation start when the form (its first section) was rendered, painted. */
  rendered?: number;
  /** Keystroke → next paint, ms, in typing order. */
  keystrokes: number[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/** Calls `done` after the next frame is painted. */
export function afterNextPaint(done: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

export function installProbe(name: string, typeTarget: string): BenchProbe {
  const probe: BenchProbe = { name, typeTarget, keystrokes: [] };
  window.__bench = probe;
  let keydownAt: number | undefined;
  document.addEventListener('keydown', (event) => {
    keydownAt = event.timeStamp;
  }, true);
  document.addEventListener('input', () => {
    const start = keydownAt;
    keydownAt = undefined;
    if (start !== undefined) afterNextPaint(() => probe.keystrokes.push(performance.now() - start));
  }, true);
  return probe;
}

/** Records "rendered" after the next paint (a performance mark as well, for traces). */
export function markRendered(probe: BenchProbe): void {
  afterNextPaint(() => {
    performance.mark('bench:rendered');
    probe.rendered = performance.now();
  });
}
