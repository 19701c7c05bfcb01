/** Which part of a row the pointer is over: its top quarter (before), bottom quarter (after) or middle (inside). */
import type { DropZone } from './drop-rules';

export function zoneOf(event: Pick<DragEvent, 'clientY' | 'currentTarget'>): DropZone {
  const element = event.currentTarget as HTMLElement | null;
  const rect = element?.getBoundingClientRect();
  // No layout (a test DOM, a zero-height row): the middle.
  if (!rect || rect.height === 0) return 'inside';
  const y = (event.clientY - rect.top) / rect.height;
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}
