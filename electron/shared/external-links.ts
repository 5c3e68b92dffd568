/** Hosts `shell.openExternal` may open, over https only. */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = [
  'sdfi.dk',
  'www.sdfi.dk',
  'dataforsyningen.dk',
  'www.openstreetmap.org',
  'www.3gpp.org',
  'www.bundesnetzagentur.de',
  'www.pts.se',
  'www.ofcom.org.uk',
];

/** Link of Help → Frekvensplan documentation. */
export const DOCUMENTATION_URL = 'https://www.sdfi.dk/';

/** True when `url` is an https URL (default port, no credentials) on an allow-listed host. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOST_ALLOW_LIST.includes(parsed.hostname)
  );
}
