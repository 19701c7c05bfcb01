/** Every edit of the chain composer, as an undoable command. */
export * from './matter-commands';
export * from './recipe-commands';
export * from './situation-commands';
export * from './applicability-commands';
export * from './decision-commands';
