/**
 * What went wrong, independent of HTTP. Services throw DomainErrors; the one `onError`
 * (http/on-error.ts) maps the kind to a status and answers `{ error: { code, message, path?, details? } }`.
 */
export type DomainErrorKind =
  /** The input is wrong (400). */
  | 'invalid'
  /** No one is signed in, or the credentials are wrong (401). */
  | 'unauthenticated'
  /** The actor may not do this (403). */
  | 'forbidden'
  /** A standard element only a higher level may change (403). */
  | 'locked'
  /** Missing, or belonging to another tenant: the same answer either way (404). */
  | 'not_found'
  /** The state of the data refuses the command: a duplicate, a non-draft, a stale revision (409). */
  | 'conflict'
  /** The input is larger than its limit (413). */
  | 'too_large'
  /** Too many attempts; `retryAfterSeconds` says when to try again (429). */
  | 'throttled'
  /** The database cannot serve now (no pooled connection within 5 s, server unreachable); `retryAfterSeconds` (503). */
  | 'unavailable';

/** One problem, located by the JSON path of the offending input (`matters[3].materials[1].code`). */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** Values of a message, for rendering it in another language (errors/english.ts). */
export type ErrorParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface DomainErrorOptions {
  /** JSON path of the (first) offending input. */
  path?: string | undefined;
  /** Every problem found, when there are several (e.g. all invalid paths of an imported file). */
  details?: readonly ErrorDetail[] | undefined;
  retryAfterSeconds?: number | undefined;
  /** The message's values (and `reason`, which variant of the code it is), for its English. */
  params?: ErrorParams | undefined;
}

export class DomainError extends Error {
  /** JSON path of the offending input, when there is one. */
  readonly path: string | undefined;
  readonly details: readonly ErrorDetail[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly params: ErrorParams | undefined;

  /**
   * @param kind what kind of refusal this is (decides the HTTP status)
   * @param code the stable wire code clients branch on (and the key of a translated message), e.g. `not_draft`
   * @param message the human-readable message (zh-CN), usually prefixed by the path
   */
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.path = options.path;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.params = options.params;
  }
}

/** 404 with the same body whether the row is missing or belongs to another tenant. */
export const notFound = (what: string): DomainError => new DomainError('not_found', 'not_found', `${what}不存在`, { params: { what } });

/** 400 `invalid_input`, naming the field or JSON path. */
export const invalidInput = (message: string, path?: string, details?: readonly ErrorDetail[]): DomainError =>
  new DomainError('invalid', 'invalid_input', message, { path, details });

/** 409 `conflict`: the value (a code, a username) is taken; `params.reason` names which (errors/english.ts). */
export const duplicate = (message: string, path?: string, params?: ErrorParams): DomainError =>
  new DomainError('conflict', 'conflict', message, { path, params });

/** 403 `forbidden`: the actor's roles do not allow this. */
export const forbidden = (message: string, path?: string): DomainError => new DomainError('forbidden', 'forbidden', message, { path });

/** 409 `not_draft`: only drafts change. */
export const notDraft = (message: string): DomainError => new DomainError('conflict', 'not_draft', message);

/** 409 `stale_revision`: the write was based on an older revision than the stored one; nothing was written. */
export const staleRevision = (path: string, message: string, params?: ErrorParams): DomainError =>
  new DomainError('conflict', 'stale_revision', message, { path, params });
