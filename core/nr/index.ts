export * from './numerology';
export * from './prb-table';
export * from './peak-rate';
export * from './tdd';
export * from './spectral-efficiency';
export * from './result';
