export * from './clock';
export * from './iso-date';
