export * from './draft';
export * from './model';
export * from './build';
export * from './write-json';
export * from './write-geojson';
export * from './write-pdf';
export * from './write-docx';
export * from './coverage-summary';
