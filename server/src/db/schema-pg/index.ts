export * from './tenants';
export * from './accounts';
export * from './audit';
export * from './calendar';
export * from './catalog';
export * from './chains';
export * from './files';
