/** fast-check arbitraries of whole requests to one API operation: path parameters, query string, body and content type. */
import fc from 'fast-check';
import { hostileJson, hostileString, RAW_BODIES } from './hostile-values';
import type { FuzzOperation, JsonSchema } from './operations';
import { valueOf, type Shaping } from './schema-values';

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
}

/** Path segments sent as they are (already encoded, or deliberately broken encoding). */
const RAW_SEGMENTS = ['%E0%A4%A', '%ED%A0%80', '%2e%2e', '%00', '%zz', '..', '%2F'] as const;

/** One path segment: a real id (so deeper code runs), a hostile string encoded, or a raw broken escape. */
function segment(realIds: readonly string[]): fc.Arbitrary<string> {
  const encoded = hostileString().map((s) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return '%ED%A0%80'; // a lone surrogate cannot be encoded: send its CESU-8 bytes, which do not decode
    }
  });
  return fc.oneof(
    { weight: realIds.length > 0 ? 3 : 0, arbitrary: realIds.length > 0 ? fc.constantFrom(...realIds).map(encodeURIComponent) : fc.constant('x') },
    { weight: 2, arbitrary: encoded },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  );
}

const queryValue = (schema: JsonSchema, shaping: Shaping) =>
  valueOf(schema, shaping).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));

/** The query string: the operation's parameters (some left out), plus hostile keys and broken escapes. */
function queryString(op: FuzzOperation, shaping: Shaping): fc.Arbitrary<string> {
  const encode = (s: string) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return '%ED%A0%80';
    }
  };
  const params = op.query.map((p) => fc.option(queryValue(p.schema, shaping).map((v) => `${encode(p.name)}=${encode(v)}`), { nil: undefined }));
  const extras = fc.array(
    fc.oneof(
      fc.constantFrom('__proto__=1', 'constructor[prototype][x]=1', 'page=1&page=2', 'q=%zz', 'q=%E0%A4%A', 'pageSize=1e309', 'page[]=1', '%ED%A0%80=1', '='),
      fc.tuple(hostileString(), hostileString()).map(([k, v]) => `${encode(k)}=${encode(v)}`),
    ),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...params), extras).map(([ps, xs]) => {
    const parts = [...ps.filter((p): p is string => p !== undefined), ...xs];
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  });
}

const CONTENT_TYPES = ['application/json', 'application/json', 'application/json', 'text/plain', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded'] as const;

/** The body: a schema-shaped value, any hostile JSON, or a raw text no serializer would write. */
function jsonBody(schema: JsonSchema | undefined, shaping: Shaping): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: schema ? 5 : 0, arbitrary: schema ? valueOf(schema, shaping).map((v) => JSON.stringify(v) ?? 'null') : fc.constant('{}') },
    { weight: 2, arbitrary: hostileJson().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES) },
  );
}

/** A multipart upload with hostile names and values (the files route). */
const multipartBody = (): fc.Arbitrary<FormData> =>
  fc.record({ fileName: hostileString(), content: fc.string({ maxLength: 64 }), chain: hostileString(), field: hostileString(), key: fc.constantFrom('file', 'files', '__proto__', 'chain') })
    .map(({ fileName, content, chain, field, key }) => {
      const form = new FormData();
      form.set(key, new Blob([content], { type: 'application/octet-stream' }), fileName || 'x');
      form.set('chain', chain);
      form.set('field', field);
      return form;
    });

/** Requests to one operation; `realIds` are ids of existing records by path parameter name. */
export function requestsTo(op: FuzzOperation, shaping: Shaping, realIds: Readonly<Record<string, readonly string[]>>): fc.Arbitrary<FuzzRequest> {
  const segments = fc.tuple(...op.pathParams.map((name) => segment(realIds[name] ?? [])));
  const hasBody = op.body !== undefined || op.multipart || op.method !== 'GET';
  const body: fc.Arbitrary<{ body?: string | FormData; type?: string }> = !hasBody || op.method === 'GET'
    ? fc.constant({})
    : op.multipart
      ? fc.oneof(multipartBody().map((form) => ({ body: form })), jsonBody(undefined, shaping).map((text) => ({ body: text, type: 'application/json' })))
      : fc.tuple(jsonBody(op.body, shaping), fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined, freq: 6 }))
        .map(([text, type]) => ({ body: text, ...(type ? { type } : {}) }));
  return fc.tuple(segments, queryString(op, shaping), body).map(([values, query, b]) => {
    let i = 0;
    const path = op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '');
    return {
      method: op.method,
      url: `http://localhost/api${path}${query}`,
      headers: { ...(b.type ? { 'content-type': b.type } : {}), 'accept-language': 'zh-CN' },
      ...(b.body !== undefined ? { body: b.body } : {}),
    };
  });
}
