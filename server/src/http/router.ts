import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { invalidInput, jsonPath } from '../errors';

/** A router whose validation failures become 400 errors naming the first invalid JSON path. */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        // An unknown key is named by its own path (zod reports the enclosing object's).
        const first = issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue?.path;
        const path = first ? jsonPath(first) : undefined;
        const message = issue ? `${path ? path + ': ' : ''}${issue.message}` : '输入无效';
        throw invalidInput(message, path || undefined);
      }
      return undefined;
    },
  });
}
