/**
 * The one Content-Security-Policy of both builds (issue 11: the browser build's meta CSP lacked object-src,
 * base-uri and form-action). The Electron app:// protocol sends it as a header; the Vite build writes it into
 * index.html as a <meta> (vite.config.ts), where `frame-ancestors` is not allowed and is left out.
 */
export const CSP_DIRECTIVES: readonly (readonly [directive: string, sources: string])[] = [
  ['default-src', "'self'"],
  // Offline basemap tiles are data:/blob:; the online basemaps are OpenStreetMap and Dataforsyningen.
  ['img-src', "'self' data: blob: https://tile.openstreetmap.org https://api.dataforsyningen.dk"],
  // Leaflet and React set inline styles.
  ['style-src', "'self' 'unsafe-inline'"],
  ['script-src', "'self'"],
  ['worker-src', "'self' blob:"],
  // Dataforsyningen's services (skærmkort capabilities, place names) are the only remote endpoint.
  ['connect-src', "'self' https://api.dataforsyningen.dk"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> CSP cannot carry (CSP Level 3 §3.3); only the HTTP header sends them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as an HTTP header value (Electron's app:// responses). */
export function cspHeaderValue(): string {
  return CSP_DIRECTIVES.map(([d, s]) => `${d} ${s}`).join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">` in index.html (both builds load it). */
export function cspMetaContent(): string {
  return CSP_DIRECTIVES.filter(([d]) => !HEADER_ONLY.has(d))
    .map(([d, s]) => `${d} ${s}`)
    .join('; ');
}
