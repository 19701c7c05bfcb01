import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  YILIAN_DB: z.string().min(1).default('./data/yilian.db'),
  YILIAN_FILES: z.string().min(1).default('./data/files'),
  YILIAN_DEMO_PASSWORD: z.string().min(6).default('yilian-demo'),
  YILIAN_NOW: z.string().optional(),
  YILIAN_SCRYPT_COST: z.coerce.number().int().min(2).default(16384),
  YILIAN_ORIGINS: z.string().optional(),
  YILIAN_SESSION_HOURS: z.coerce.number().positive().default(12),
  YILIAN_LOG: z.string().optional(),
  YILIAN_MIGRATE: z.enum(['on', 'off']).default('on'),
  YILIAN_DB_POOL: z.coerce.number().int().min(1).max(1000).default(10),
  YILIAN_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  YILIAN_DEMO: z.enum(['on', 'off']).default('on'),
  YILIAN_TRUST_PROXY: z.string().optional(),
  YILIAN_AUDIT_KEY: z.string().min(1).default('./data/audit-signing.pem'),
  YILIAN_AUDIT_CHECKPOINTS: z.string().min(1).default('./data/audit-checkpoints.jsonl'),
  YILIAN_AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).default(1000),
});

export interface Config {
  port: number;
  /** `YILIAN_DB`: a SQLite file path (default) or a `postgres://` URL (never print it: describeDatabase). */
  dbPath: string;
  /** `YILIAN_MIGRATE=off`: neither migrate nor seed; refuse a database that lacks migrations. */
  migrate: boolean;
  /** `YILIAN_DB_POOL`: PostgreSQL connections kept by this node. */
  dbPool: number;
  /** Directory of uploaded files (outside the database and the web root; shared storage for several nodes). */
  filesDir: string;
  demoPassword: string;
  now?: string;
  scryptCost: number;
  allowedOrigins: string[];
  sessionHours: number;
  quiet: boolean;
  /** The public origin for links the server writes (the guide's link); unset → links are relative, never from the request's Host. */
  publicUrl?: string;
  /** YILIAN_DEMO (default on): seed the 济宁 demo accounts; off disables any that exist. */
  demo: boolean;
  /** YILIAN_TRUST_PROXY: addresses of reverse proxies whose X-Forwarded-For is believed (none by default). */
  trustedProxies: string[];
  /** The audit log's anchor outside the database (signing key, checkpoint file, entries per checkpoint). */
  audit: { keyPath: string; checkpointsPath: string; checkpointEvery: number };
}

/** Reads configuration from environment variables, failing with the variable's name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  if (e.YILIAN_NOW && Number.isNaN(new Date(e.YILIAN_NOW).getTime())) {
    throw new Error(`Invalid environment variable YILIAN_NOW: not a date: ${e.YILIAN_NOW}`);
  }
  return {
    port: e.PORT,
    dbPath: e.YILIAN_DB,
    migrate: e.YILIAN_MIGRATE === 'on',
    dbPool: e.YILIAN_DB_POOL,
    filesDir: e.YILIAN_FILES,
    demoPassword: e.YILIAN_DEMO_PASSWORD,
    ...(e.YILIAN_NOW ? { now: e.YILIAN_NOW } : {}),
    scryptCost: e.YILIAN_SCRYPT_COST,
    allowedOrigins: (e.YILIAN_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    sessionHours: e.YILIAN_SESSION_HOURS,
    quiet: e.YILIAN_LOG === 'quiet',
    ...(e.YILIAN_PUBLIC_URL ? { publicUrl: e.YILIAN_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    demo: e.YILIAN_DEMO === 'on',
    trustedProxies: (e.YILIAN_TRUST_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    audit: { keyPath: e.YILIAN_AUDIT_KEY, checkpointsPath: e.YILIAN_AUDIT_CHECKPOINTS, checkpointEvery: e.YILIAN_AUDIT_CHECKPOINT_EVERY },
  };
}
