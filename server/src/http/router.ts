import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { invalidInput, jsonPath } from '../errors';
import { requestLocale } from './locale';
import { issueMessage } from './zod-locale';

/**
 * A router whose validation failures become 400 errors naming the first invalid JSON path, in the
 * request's language (`Accept-Language`: zh-CN by default, English when preferred).
 */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const locale = requestLocale(c);
        // An unknown key is named by its own path (zod reports the enclosing object's).
        const first = issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue?.path;
        const path = first ? jsonPath(first) : undefined;
        const text = issue ? issueMessage(issue, locale) : locale === 'en' ? 'Invalid input' : '输入无效';
        throw invalidInput(`${path ? path + ': ' : ''}${text}`, path || undefined);
      }
      return undefined;
    },
  });
}
