// First: zod must be configured before any schema is built (no `new Function`).
import './zod-jitless';
export * from './auth';
export * from './time';
export * from './validators';
export * from './calendar';
export * from './masking';
export * from './catalog';
export * from './chain';
export * from './feel';
export * from './guide';
export * from './keys';
export * from './form';
export * from './messages';
export * from './api';
export * from './process';
