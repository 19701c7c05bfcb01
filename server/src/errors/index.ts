export {
  DomainError, duplicate, forbidden, invalidInput, notDraft, notFound, staleRevision,
  type DomainErrorKind, type DomainErrorOptions, type ErrorDetail,
} from './domain-error';
export { jsonPath } from './json-path';
