/** The limits of an upload: from the chain form's file field when named, else the defaults. */
import { DEFAULT_FILE_ACCEPT, DEFAULT_FILE_MAX_BYTES, FILE_KINDS, walkSchema, type FileKind, type FormSchema } from '@yilian/shared';

export interface UploadLimits {
  accept: readonly FileKind[];
  maxSize: number;
}

/** Hard ceiling whatever a form says (the route's body limit is set just above it). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The limits of the file field `key` in `schema`; undefined when no such file field exists. */
export function fieldLimits(schema: FormSchema, key: string): UploadLimits | undefined {
  let limits: UploadLimits | undefined;
  walkSchema(schema, ({ node, key: k }) => {
    if (k !== key || node['x-component'] !== 'file') return;
    const props = node['x-component-props'] ?? {};
    const accept = Array.isArray(props.accept) ? props.accept.filter((a): a is FileKind => (FILE_KINDS as readonly unknown[]).includes(a)) : DEFAULT_FILE_ACCEPT;
    const maxSize = typeof props.maxSize === 'number' && props.maxSize > 0 ? Math.min(props.maxSize, MAX_UPLOAD_BYTES) : DEFAULT_FILE_MAX_BYTES;
    limits = { accept, maxSize };
  });
  return limits;
}

export const DEFAULT_LIMITS: UploadLimits = { accept: DEFAULT_FILE_ACCEPT, maxSize: DEFAULT_FILE_MAX_BYTES };
