/** Hosts the app may open in the system browser, over https only (both builds). */
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

// core/ is plain ES2022; the WHATWG URL parser exists in every runtime it runs in (Node, browser, worker).
declare const URL: new (input: string) => {
  href: string;
  protocol: string;
  hostname: string;
  port: string;
  username: string;
  password: string;
};

/**
 * The normalised URL (WHATWG `href`) when `url` is https on an allow-listed host with the default port and no
 * credentials, else null. Callers open this string, never the raw input (E3): what was checked is what opens.
 */
export function allowedExternalUrl(url: string): string | null {
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const allowed =
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOST_ALLOW_LIST.includes(parsed.hostname);
  return allowed ? parsed.href : null;
}

/** True when `url` may be opened (see allowedExternalUrl). */
export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null;
}
