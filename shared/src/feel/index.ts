export * from './feel';
export * from './feel-context';
export * from './applicability';
