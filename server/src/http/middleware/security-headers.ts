import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of every response (the apps, the API reference, the API itself).
 * Scripts only from the app's own bundles: no inline script, no `eval`/`new Function` (the form
 * runtime evaluates expressions with FEEL). Styles allow 'unsafe-inline' because Element Plus and
 * bpmn-js write `style` attributes; images allow data: (Element Plus icons) and blob: (the process
 * designer's PNG export draws its SVG through a blob: image).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const headers = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  // HSTS belongs to the TLS-terminating proxy: the server itself may be reached over plain HTTP inside the intranet.
  strictTransportSecurity: false,
});

/** Security headers on every response (CSP, nosniff, same-origin referrer, no framing); API answers are never cached. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await headers(c, async () => {
      await next();
    });
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
