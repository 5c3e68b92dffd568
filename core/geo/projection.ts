import proj4 from 'proj4';

/** EPSG:25832 (ETRS89 / UTM zone 32N) definition, the CRS of Danish public GIS. */
export const EPSG_25832 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';

const utm32 = proj4('EPSG:4326', EPSG_25832);

/** Converts WGS84 [lon, lat] degrees to EPSG:25832 [easting, northing] metres. */
export function wgs84ToUtm32([lon, lat]: readonly [number, number]): [number, number] {
  const [e, n] = utm32.forward([lon, lat]);
  return [e as number, n as number];
}

/** Converts EPSG:25832 [easting, northing] metres to WGS84 [lon, lat] degrees. */
export function utm32ToWgs84([easting, northing]: readonly [number, number]): [number, number] {
  const [lon, lat] = utm32.inverse([easting, northing]);
  return [lon as number, lat as number];
}
