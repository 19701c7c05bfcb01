export * from './feel';
export * from './feel-context';
export * from './feel-names';
export * from './applicability';
export * from './feel-limits';
export * from './feel-types';
