export * from './objects';
export * from './events';
export * from './profiles';
export * from './heap';
export * from './hashing';
export * from './display';
export * from './numbers';
export * from './snapshot';
