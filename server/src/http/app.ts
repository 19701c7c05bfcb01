import './zod-locale';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from './context';
import { HttpError } from './http-error';
import { createOnError } from './on-error';
import { requestLog } from './middleware/request-log';
import { bodySize, DEFAULT_BODY_LIMIT } from './middleware/body-size';
import { CATALOG_BODY_LIMIT } from '../routes/catalog/limits';
import { UPLOAD_BODY_LIMIT } from '../routes/files/limits';
import { csrfOrigin } from './middleware/csrf';
import { jsonGuard } from './middleware/json-guard';
import { pathGuard } from './middleware/path-guard';
import { securityHeaders } from './middleware/security-headers';
import { sessionAuth } from './middleware/session';
import { auditCheckpoint } from './middleware/audit-checkpoint';
import { serveSpa } from './static-app';
import { appDist } from '../paths';
import { apiRoutes } from '../routes';
import { renderApiReference } from '../routes/docs/api-reference';

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: { title: 'Yilian 一链办理', version: '0.1.0', description: '一链办理 低代码表单与流程设计平台 API' },
};

/** Builds the whole HTTP application: API under /api, designer under /designer, runtime at /. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(createOnError(deps.logger));
  app.use('*', securityHeaders());
  app.use('*', pathGuard());
  app.use('*', requestLog(deps.logger));
  app.use('/api/*', bodySize(DEFAULT_BODY_LIMIT, { '/api/catalog/import': CATALOG_BODY_LIMIT, '/api/files': UPLOAD_BODY_LIMIT }));
  app.use('/api/*', csrfOrigin(deps.config.allowedOrigins));
  app.use('/api/*', jsonGuard());
  app.use('/api/*', sessionAuth(deps));
  app.use('/api/*', auditCheckpoint(deps));

  const api = apiRoutes(deps);
  app.route('/api', api);
  app.get('/api/openapi.json', (c) => c.json(api.getOpenAPI31Document(OPENAPI_INFO)));
  app.get('/api/docs', (c) => c.html(renderApiReference(api.getOpenAPI31Document(OPENAPI_INFO) as never)));
  app.all('/api/*', () => {
    throw new HttpError(404, 'not_found', '接口不存在', undefined, undefined, { what: '接口' });
  });

  const designer = serveSpa(appDist('designer'), '/designer');
  app.get('/designer', (c) => c.redirect('/designer/'));
  app.get('/designer/*', designer);
  app.get('*', serveSpa(appDist('runtime'), ''));
  return app;
}
