export * from './chain-form';
