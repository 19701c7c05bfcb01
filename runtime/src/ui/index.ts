/** @yilian/runtime/ui — the app shell shared by the runtime app and the designer. */
export { ApiError, isApiError, CLIENT_ERROR_CODES } from './api/api-error';
export { api, createApiClient } from './api/client';
export type { ApiClient, ApiClientOptions, Query, RequestOptions } from './api/client';
export { describeError, fieldOfPath } from './api/describe-error';
export type * from './api/types';
export * from './i18n';
export { useSessionStore, type SessionStore } from './session/session-store';
export * from './session/roles';
export { installAuthGuard, safeRedirect, type AuthGuardOptions } from './router/auth-guard';
export { useFormErrors } from './forms/form-errors';
export { checkRule, type FieldCheck } from './forms/check-rule';
export { newPasswordCheck, PASSWORD_PROBLEM_KEYS } from './forms/password-check';
export { installShell, type ShellOptions } from './install';
export { default as AppShell } from './shell/AppShell.vue';
export { default as LoginForm } from './login/LoginForm.vue';
export { default as UiProvider } from './element/UiProvider.vue';
export { default as StatusPage } from './status/StatusPage.vue';
