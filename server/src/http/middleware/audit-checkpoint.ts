import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../context';
import { checkpointQuietly } from '../../audit/checkpoint-timer';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** After a successful write request (its audit entry committed), writes the audit checkpoint when one is due. */
export function auditCheckpoint(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!READS.has(c.req.method) && c.res.status < 400) await checkpointQuietly(deps);
  };
}
