export * from './id-card';
export * from './uscc';
export * from './mobile';
export * from './zod';
