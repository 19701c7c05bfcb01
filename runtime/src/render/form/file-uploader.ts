/**
 * The upload function apps give the renderer for `POST /api/files`: multipart `file` plus the chain and
 * the field key (the server applies that field's accepted kinds and size), upload progress from
 * XMLHttpRequest (fetch reports none). Answers the stored entry; a refusal rejects with an ApiError.
 */
import { ApiError, CLIENT_ERROR_CODES } from '../../ui/api/api-error';
import type { FileEntry } from './field-values';
import type { UploadFn } from './render-context';

export interface FileUploaderOptions {
  /** The chain (id or code) whose form the fields belong to. */
  chain?: string;
  /** Default `/api/files`. */
  url?: string;
  /** Creates the request (tests pass a fake). */
  request?: () => XMLHttpRequest;
}

const isEntry = (v: unknown): v is FileEntry => {
  const e = v as Partial<FileEntry> | null;
  return !!e && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.size === 'number' && typeof e.sha256 === 'string' && typeof e.type === 'string';
};

function failure(xhr: XMLHttpRequest): ApiError {
  let body: { error?: { code?: unknown; message?: unknown; path?: unknown } } | undefined;
  try {
    body = JSON.parse(xhr.responseText) as typeof body;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(xhr.status, error.code, error.message, typeof error.path === 'string' ? error.path : undefined);
  }
  return new ApiError(xhr.status, xhr.status === 0 ? CLIENT_ERROR_CODES.network : CLIENT_ERROR_CODES.http, `HTTP ${xhr.status}`);
}

/** An upload function posting to the server's files endpoint. */
export function createFileUploader(options: FileUploaderOptions = {}): UploadFn {
  const url = options.url ?? '/api/files';
  const create = options.request ?? (() => new XMLHttpRequest());
  return (file, { onProgress, field }) =>
    new Promise<FileEntry>((resolve, reject) => {
      const xhr = create();
      const body = new FormData();
      body.append('file', file);
      if (options.chain) body.append('chain', options.chain);
      body.append('field', field);
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('accept', 'application/json');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
      };
      xhr.onerror = () => reject(failure(xhr));
      xhr.onload = () => {
        if (xhr.status < 200 || xhr.status >= 300) return reject(failure(xhr));
        let entry: unknown;
        try {
          entry = JSON.parse(xhr.responseText);
        } catch {
          entry = undefined;
        }
        if (!isEntry(entry)) return reject(new ApiError(xhr.status, CLIENT_ERROR_CODES.badResponse, 'Response is not a file entry'));
        onProgress(100);
        resolve(entry);
      };
      xhr.send(body);
    });
}
