/** Latitude limit of Web Mercator (Leaflet's SphericalMercator.MAX_LATITUDE), degrees. */
const MAX_LATITUDE = 85.0511287798;

/**
 * Web Mercator "world pixel" of a WGS84 position at zoom 0 (the world is 256 × 256, x east, y south), as Leaflet's
 * EPSG:3857 CRS projects it; at zoom z multiply by 2^z.
 */
export function worldPoint(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * 256;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
  return [x, y];
}

/** Inverse of worldPoint: WGS84 [lon, lat] in degrees of a zoom-0 world pixel. */
export function worldToLonLat(x: number, y: number): [number, number] {
  const lon = (x / 256) * 360 - 180;
  const lat = (Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) * 360) / Math.PI - 90;
  return [lon, lat];
}
