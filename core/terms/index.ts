export * from './schema';
export * from './load';
export * from './dates';
export * from './window';
export * from './fees';
export * from './cvr';
export * from './checks';
export * from './labels';
