import { z } from 'zod';

/**
 * `YILIAN_DB`: a `postgres://` or `postgresql://` URL selects PostgreSQL; anything else is a SQLite file
 * path. The password never leaves this module except inside the connection settings: banners, logs and
 * errors use `describeDatabaseUrl()`.
 */

/** How `?sslmode=` maps to TLS. `disable`, `allow` and `prefer` connect without TLS (node-postgres has no fallback). */
export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface PgConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | undefined;
  sslMode: SslMode;
  /** node-postgres' `ssl` option for this sslmode. */
  ssl: false | { rejectUnauthorized: boolean; checkServerIdentity?: () => undefined };
}

export type DatabaseTarget = { dialect: 'sqlite'; path: string } | ({ dialect: 'postgres' } & PgConnectionSettings);

const PG_PROTOCOLS = new Set(['postgres:', 'postgresql:']);

/** Whether `YILIAN_DB` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value.trim());

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function sslFor(mode: SslMode): PgConnectionSettings['ssl'] {
  switch (mode) {
    case 'disable':
    case 'allow':
    case 'prefer':
      return false;
    case 'require':
    case 'no-verify':
      return { rejectUnauthorized: false };
    case 'verify-ca':
      return { rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'verify-full':
      return { rejectUnauthorized: true };
  }
}

const pgUrlSchema = z
  .string()
  .trim()
  .transform((value, ctx): PgConnectionSettings => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL: expected postgres://user[:password]@host:port/database' });
      return z.NEVER;
    }
    const issue = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (!PG_PROTOCOLS.has(url.protocol)) return issue(`unsupported scheme ${url.protocol} (postgres:// or postgresql://)`);
    if (!url.hostname) return issue('the host is missing (postgres://user[:password]@host:port/database)');
    if (!url.username) return issue('the user is missing (postgres://user[:password]@host:port/database)');
    const database = decode(url.pathname.replace(/^\//, ''));
    if (!database || database.includes('/')) return issue('the database name is missing (postgres://user[:password]@host:port/database)');
    const port = url.port ? Number(url.port) : 5432;
    for (const key of url.searchParams.keys()) if (key !== 'sslmode') return issue(`unsupported parameter ?${key}= (only ?sslmode= is read)`);
    const rawMode = url.searchParams.get('sslmode') ?? 'disable';
    const mode = SSL_MODES.find((m) => m === rawMode);
    if (!mode) return issue(`unsupported sslmode=${rawMode} (one of ${SSL_MODES.join(', ')})`);
    return {
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port,
      database,
      user: decode(url.username),
      password: url.password ? decode(url.password) : undefined,
      sslMode: mode,
      ssl: sslFor(mode),
    };
  });

/**
 * Reads `YILIAN_DB`: a PostgreSQL URL's parts, or a SQLite path. Throws an Error naming YILIAN_DB and
 * the problem, never the password.
 */
export function parseDatabaseTarget(value: string): DatabaseTarget {
  if (!isPostgresUrl(value)) return { dialect: 'sqlite', path: value };
  const parsed = pgUrlSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid environment variable YILIAN_DB (${describeDatabaseUrl(value)}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { dialect: 'postgres', ...parsed.data };
}

/**
 * `YILIAN_DB` as banners and logs may show it: a PostgreSQL URL with its password replaced by `***`.
 * Read as text, not as a URL, so an unencoded `@`, `/` or `:` in the password is hidden too: the
 * credentials are everything before the last `@`.
 */
export function describeDatabaseUrl(value: string): string {
  const text = value.trim();
  if (!isPostgresUrl(text)) return value;
  const start = text.indexOf('://') + 3;
  const at = text.lastIndexOf('@');
  if (at < start) return text;
  const credentials = text.slice(start, at);
  const colon = credentials.indexOf(':');
  const shown = colon < 0 ? credentials : `${credentials.slice(0, colon)}:***`;
  return `${text.slice(0, start)}${shown}${text.slice(at)}`;
}
