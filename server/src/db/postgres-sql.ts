/**
 * The SQL drizzle's SQLite dialect builds, made acceptable to PostgreSQL. The query code is written once
 * (against the SQLite schema types) and only uses constructs both engines share; what differs is
 * spelling, handled here:
 * - placeholders: `?` becomes `$1 … $n` (outside quoted strings and identifiers);
 * - an INSERT's bare `null` for a column given no value (the SQLite dialect writes `null` where the
 *   column has no JavaScript default) becomes `default`, so identity ids and database defaults apply
 *   exactly as SQLite's `INTEGER PRIMARY KEY` does (a column without a default gets NULL either way);
 * - an upsert's conflict target names bare columns (`on conflict ("year")`, not `("holiday_years"."year")`).
 */

const CACHE_SIZE = 500;
const cache = new Map<string, string>();

/** Whether `sql` at `i` starts the word `word` (case-insensitive, not part of a longer identifier). */
function wordAt(sql: string, i: number, word: string): boolean {
  if (sql.slice(i, i + word.length).toLowerCase() !== word) return false;
  const before = i === 0 ? ' ' : sql[i - 1]!;
  const after = sql[i + word.length] ?? ' ';
  return !/[\w$"]/.test(before) && !/[\w$"]/.test(after);
}

function convert(sql: string): string {
  const isInsert = /^\s*insert\s/i.test(sql);
  let out = '';
  let n = 0;
  /** Inside an INSERT's VALUES list (from ` values ` to ` on conflict ` / ` returning `). */
  let inValues = false;
  for (let i = 0; i < sql.length; ) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (; j < sql.length; j += 1) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 1; // a doubled quote inside the string
          else break;
        }
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '?') {
      n += 1;
      out += `$${n}`;
      i += 1;
      continue;
    }
    if (isInsert) {
      if (!inValues && wordAt(sql, i, 'values')) inValues = true;
      else if (inValues && (wordAt(sql, i, 'on') || wordAt(sql, i, 'returning'))) inValues = false;
      else if (inValues && wordAt(sql, i, 'null')) {
        out += 'default';
        i += 4;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** The PostgreSQL spelling of a statement from drizzle's SQLite dialect (memoised per SQL text). */
export function toPostgresSql(sql: string): string {
  let converted = cache.get(sql);
  if (converted === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    converted = convert(sql).replace(/ on conflict \(([^)]*)\)/gi, (_m, cols: string) => ` on conflict (${cols.replace(/"(?:[^"]|"")*"\./g, '')})`);
    cache.set(sql, converted);
  }
  return converted;
}
