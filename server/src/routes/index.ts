import { newRouter } from '../http/router';
import type { AppDeps } from '../http/context';
import { healthRoutes } from './health';
import { tenantRoutes } from './tenants';
import { authRoutes } from './auth';

/** Every API route module, mounted under /api. */
export function apiRoutes(deps: AppDeps) {
  return newRouter()
    .route('/', healthRoutes(deps))
    .route('/', tenantRoutes(deps))
    .route('/', authRoutes(deps));
}
