export * from './generate-process';
