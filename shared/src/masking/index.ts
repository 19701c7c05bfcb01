export * from './mask-middle';
export * from './identifiers';
export * from './name';
