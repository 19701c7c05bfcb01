// The list page's search and filters, kept in the URL so "back" from a matter restores them.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { MatterQuery } from '../api/catalog';

export const PAGE_SIZES = [20, 50, 100] as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function positive(value: unknown, fallback: number): number {
  const n = Number(text(value));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The list query a URL holds (defaults where absent or invalid). */
export function queryFromRoute(query: LocationQuery): Required<MatterQuery> {
  const pageSize = positive(query.pageSize, PAGE_SIZES[0]);
  return {
    q: text(query.q),
    department: text(query.department),
    type: text(query.type),
    subject: text(query.subject),
    page: positive(query.page, 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : PAGE_SIZES[0],
  };
}

/** The URL query for a list query, without empty values and defaults. */
export function routeQueryOf(query: Required<MatterQuery>): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  if (query.q.trim()) out.q = query.q.trim();
  if (query.department) out.department = query.department;
  if (query.type) out.type = query.type;
  if (query.subject) out.subject = query.subject;
  if (query.page > 1) out.page = String(query.page);
  if (query.pageSize !== PAGE_SIZES[0]) out.pageSize = String(query.pageSize);
  return out;
}
