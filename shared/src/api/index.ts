/** The one API contract: request and response schemas per resource, used by the server's OpenAPI routes and the apps' client types. */
export * from './messages';
export * from './common';
export * from './health';
export * from './tenants';
export * from './auth';
export * from './departments';
export * from './users';
export * from './settings';
export * from './holidays';
export * from './calendar';
export * from './audit';
export * from './catalog';
export * from './matters';
export * from './chains';
export * from './data-elements';
export * from './chain-form';
export * from './chain-process';
