import { CLIENT_ERROR_CODES, isApiError } from './api-error';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/**
 * The message to show for a failed call: the server's own message (zh-CN, naming the problem),
 * or a translated text for client-side failures and an expired session. Anything that is not an ApiError is a
 * programmer error: it is logged, and the user sees a generic message.
 */
export function describeError(err: unknown, t: Translate): string {
  if (!isApiError(err)) {
    console.error(err);
    return t('error.unknown');
  }
  switch (err.code) {
    case CLIENT_ERROR_CODES.network:
      return t('error.network');
    case CLIENT_ERROR_CODES.badResponse:
      return t('error.badResponse');
    case CLIENT_ERROR_CODES.http:
      return t('error.http', { status: err.status });
    case 'unauthorized':
      return t('error.unauthorized');
    case 'forbidden':
      // The server names what is forbidden (e.g. granting city-admin); keep its words when it does.
      return err.message || t('error.forbidden');
    default:
      return err.message || t('error.unknown');
  }
}

/** The top-level field a server error path names: `days[3].date` → `days`, `window.phone` → `window`. */
export function fieldOfPath(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}
