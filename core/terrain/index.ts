export * from './dem';
export * from './geotiff-read';
export * from './profile';
export * from './diffraction';
export * from './terrain-loss';
