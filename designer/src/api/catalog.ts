import { ApiError, CLIENT_ERROR_CODES, api, currentLocale } from '@yilian/runtime/ui';
import {
  LOCAL_ELEMENTS,
  type ApiErrorBody, type CatalogDocument, type CatalogFinding, type CatalogIssue, type ImportReport, type LocalElement, type LocalElements, type Matter,
  type MatterDetail, type MatterPage, type MatterQuery, type MatterRow, type MatterSaveResult, type MatterVersion, type MatterVersionInfo,
} from '@yilian/shared';

/** Types of the API contract (@yilian/shared `api/catalog`, `api/matters`). */
export type { ImportReport, LocalElements, MatterDetail, MatterPage, MatterQuery, MatterRow, MatterSaveResult, MatterVersion, MatterVersionInfo };

/** The acting tenant's local elements of a matter (never standard elements). */
export const LOCAL_KEYS = LOCAL_ELEMENTS;
export type LocalKey = LocalElement;

/** Catalog files up to 20 MiB (the server answers 413 above). */
export const CATALOG_MAX_BYTES = 20 * 1024 * 1024;

/** A failed import: the server's first error plus every problem it found (`details`). */
export class CatalogImportError extends ApiError {
  constructor(status: number, code: string, message: string, path: string | undefined, details: CatalogIssue[]) {
    super(status, code, message, path, undefined, details);
  }
}

/** The contract's error body as read from an unchecked response: every field may be anything. */
type ErrorBody = { error?: { [K in keyof ApiErrorBody['error']]?: unknown } };

const isIssue = (value: unknown): value is CatalogIssue =>
  typeof value === 'object' && value !== null && typeof (value as CatalogIssue).path === 'string' && typeof (value as CatalogIssue).message === 'string';

/** Maps an import response that is not 200 to a CatalogImportError. */
export function importErrorOf(status: number, responseText: string): CatalogImportError {
  let body: ErrorBody | undefined;
  try {
    body = JSON.parse(responseText) as ErrorBody;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? error.details.filter(isIssue) : [];
    return new CatalogImportError(status, error.code, error.message, typeof error.path === 'string' ? error.path : undefined, details);
  }
  const code = status === 413 ? 'payload_too_large' : CLIENT_ERROR_CODES.http;
  return new CatalogImportError(status, code, `HTTP ${status}`, undefined, []);
}

/**
 * Uploads a catalog file with XMLHttpRequest (fetch cannot report upload progress). The body is the
 * file's JSON text as it is; the session cookie goes along, the browser adds the page's Origin, and
 * messages come in the UI language.
 */
export function uploadCatalog(body: string | Blob, onProgress: (fraction: number) => void): { done: Promise<ImportReport>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ImportReport>((resolve, reject) => {
    xhr.open('POST', '/api/catalog/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    // The body has been sent in full; the server now validates and imports it.
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      onProgress(1);
      if (xhr.status !== 200) return reject(importErrorOf(xhr.status, xhr.responseText));
      try {
        resolve(JSON.parse(xhr.responseText) as ImportReport);
      } catch {
        reject(new CatalogImportError(xhr.status, CLIENT_ERROR_CODES.badResponse, 'Response is not JSON', undefined, []));
      }
    };
    xhr.onerror = () => reject(new CatalogImportError(0, CLIENT_ERROR_CODES.network, 'Network error', undefined, []));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}

const enc = encodeURIComponent;

export const catalogApi = {
  list: (query: MatterQuery) => api.get<MatterPage>('/api/matters', { ...query }),
  detail: (code: string) => api.get<MatterDetail>(`/api/matters/${enc(code)}`),
  version: (code: string, version: number) =>
    api.get<MatterVersion>(`/api/matters/${enc(code)}/versions/${version}`),
  save: (code: string, matter: Matter, note?: string) =>
    api.put<MatterSaveResult>(`/api/matters/${enc(code)}`, note ? { matter, note } : { matter }),
  saveLocal: (code: string, local: LocalElements) => api.put<LocalElements>(`/api/matters/${enc(code)}/local`, local),
  checks: async (): Promise<CatalogFinding[]> => (await api.get<{ items: CatalogFinding[] }>('/api/catalog/checks')).items,
  /** The whole catalog (or one chain's matters) as a `yilian.catalog/v1` document. */
  exportDocument: (chain?: string) => api.get<CatalogDocument>('/api/catalog/export', { chain }),
};
