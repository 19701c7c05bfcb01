export * from './types';
export * from './limit-text';
export * from './build-guide';
export * from './checklist';
