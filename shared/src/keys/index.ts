export * from './forbidden-keys';
