/**
 * A write refused by a unique index or primary key, whatever the engine. http/on-error.ts turns it into
 * 409 (errors/unique-conflicts.ts names the field), so a duplicate that slips past a service's own check
 * in a race is still a conflict, never a 500 and never a second row.
 */
export class UniqueViolation extends Error {
  constructor(
    /** The table written. */
    readonly table: string,
    /** The key's columns, as named in the database. */
    readonly columns: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`unique key ${table}(${columns.join(', ')}) violated`, options);
    this.name = 'UniqueViolation';
  }
}

/** SQLite: "UNIQUE constraint failed: departments.tenant_id, departments.code" (code SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). */
function fromSqlite(e: { code?: unknown; message?: unknown }): UniqueViolation | undefined {
  if (e.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return undefined;
  const list = /constraint failed: (.+)$/.exec(String(e.message))?.[1] ?? '';
  const parts = list.split(',').map((s) => s.trim().split('.'));
  const table = parts[0]?.[0] ?? '';
  return new UniqueViolation(table, parts.map((p) => p[1] ?? ''), { cause: e });
}

/** PostgreSQL (node-postgres): SQLSTATE 23505, `table`, and `detail` "Key (tenant_id, code)=(…) already exists." */
function fromPostgres(e: { code?: unknown; table?: unknown; detail?: unknown }): UniqueViolation | undefined {
  if (e.code !== '23505') return undefined;
  const columns = /^Key \(([^)]*)\)=/.exec(String(e.detail ?? ''))?.[1]?.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) ?? [];
  return new UniqueViolation(String(e.table ?? ''), columns, { cause: e });
}

/** The unique violation inside an error from the data layer (looking through drizzle's wrapper), or undefined. */
export function uniqueViolationOf(err: unknown): UniqueViolation | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof UniqueViolation) return e;
    const found = fromSqlite(e as { code?: unknown; message?: unknown }) ?? fromPostgres(e as { code?: unknown });
    if (found) return found;
  }
  return undefined;
}
