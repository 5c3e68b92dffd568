export * from './schema';
export * from './five-qi';
export * from './presets';
export * from './demand';
export * from './capacity';
export * from './hints';
export * from './feasibility';
export * from './sizing';
