export * from './schema';
export * from './problem';
export * from './load';
export * from './migrations';
export * from './defaults';
export * from './summary';
