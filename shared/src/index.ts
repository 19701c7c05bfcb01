export * from './auth';
export * from './time';
export * from './validators';
export * from './calendar';
export * from './masking';
export * from './catalog';
export * from './chain';
export * from './feel';
