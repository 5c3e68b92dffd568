export * from './numerology';
export * from './prb-table';
export * from './peak-rate';
export * from './tdd-frames';
export * from './tdd';
export * from './tdd-latency';
export * from './spectral-efficiency';
export * from './result';
