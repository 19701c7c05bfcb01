import type { ChainDecisions, ChainRecipe, SUBJECTS } from '@yilian/shared';
import type { FormModel } from '../../forms/model/form-model';

/**
 * The persisted state of one chain being composed: the recipe and decisions (what PUT
 * /api/chains/{id} saves) and, once the form designer opened it, the chain form's model (saved
 * with its own revision). One command stack covers all three, so one undo spans the page.
 */
export interface ChainDocument {
  recipe: ChainRecipe;
  decisions: ChainDecisions;
  form?: FormModel | null;
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
