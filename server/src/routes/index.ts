import { newRouter } from '../http/router';
import type { AppDeps } from '../http/context';
import { healthRoutes } from './health';
import { tenantRoutes } from './tenants';
import { authRoutes } from './auth';
import { departmentRoutes } from './departments';
import { userRoutes } from './users';
import { settingsRoutes } from './settings';
import { holidayRoutes } from './holidays';
import { auditRoutes } from './audit';
import { catalogRoutes } from './catalog';
import { matterRoutes } from './matters';
import { chainRoutes } from './chains';
import { chainDocumentRoutes } from './chain-documents';
import { dataElementRoutes } from './data-elements';
import { fileRoutes } from './files';

/** Every API route module, mounted under /api. */
export function apiRoutes(deps: AppDeps) {
  return newRouter()
    .route('/', healthRoutes(deps))
    .route('/', tenantRoutes(deps))
    .route('/', authRoutes(deps))
    .route('/', departmentRoutes(deps))
    .route('/', userRoutes(deps))
    .route('/', settingsRoutes(deps))
    .route('/', holidayRoutes(deps))
    .route('/', auditRoutes(deps))
    .route('/', catalogRoutes(deps))
    .route('/', matterRoutes(deps))
    .route('/', chainRoutes(deps))
    .route('/', chainDocumentRoutes(deps))
    .route('/', dataElementRoutes(deps))
    .route('/', fileRoutes(deps));
}
