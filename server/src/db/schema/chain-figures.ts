/** What the chain list shows without recomposing a chain: stored with the chain (both dialects). */
import type { CodedMessage } from '@yilian/shared';

export interface StoredChainFigures {
  matterCount: number;
  publishable: boolean;
  /** zh-CN. */
  blockers: string[];
  blockerMessages: CodedMessage[];
}
