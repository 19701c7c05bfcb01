export {
  DomainError, duplicate, forbidden, invalidInput, notDraft, notFound, staleRevision,
  type DomainErrorKind, type DomainErrorOptions, type ErrorDetail, type ErrorParams,
} from './domain-error';
export { jsonPath } from './json-path';
