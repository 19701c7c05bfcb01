import type { ChainDecisions, ChainRecipe, SUBJECTS } from '@yilian/shared';

/** The persisted state of one chain being composed: what PUT /api/chains/{id} saves. */
export interface ChainDocument {
  recipe: ChainRecipe;
  decisions: ChainDecisions;
}

export type ChainSubject = (typeof SUBJECTS)[number];

/** The first properties of a new chain (the create dialog). */
export interface ChainHeading {
  code: string;
  name: string;
  subject: ChainSubject;
}

/** A new chain's document: no matters, no situations, no decisions. */
export function emptyDocument(heading: ChainHeading): ChainDocument {
  return { recipe: { ...heading, matters: [], situations: [] }, decisions: {} };
}

/** A deep copy of plain JSON data (works on reactive proxies, unlike structuredClone). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
