/** A new chain's heading travels in the composer's query (`/chains/new?code=…&name=…&subject=…`). */
import type { LocationQuery } from 'vue-router';
import { SUBJECTS } from '@yilian/shared';
import type { ChainHeading } from '../document/chain-document';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The heading from the query, or null when it is incomplete. */
export function headingFromQuery(query: LocationQuery): ChainHeading | null {
  const code = text(query.code);
  const name = text(query.name);
  const subject = SUBJECTS.find((s) => s === text(query.subject));
  return code && name && subject ? { code, name, subject } : null;
}

/** The query that opens the composer on a new chain. */
export const headingQuery = (heading: ChainHeading) => ({ code: heading.code, name: heading.name, subject: heading.subject });
