export * from './types';
export * from './holiday-file';
export * from './calendar';
