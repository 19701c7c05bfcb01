export * from './lint-config';
export * from './lint-messages';
export * from './lint-process';
export * from './lint-text';
