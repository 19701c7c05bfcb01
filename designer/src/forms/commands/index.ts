export * from './item-commands';
export * from './form-commands';
