import { describe, expect, it } from 'vitest';

import {
  allowedExternalUrl,
  DOCUMENTATION_URL,
  isAllowedExternalUrl,
} from '../../../../electron/shared/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://sdfi.dk/',
    'https://www.sdfi.dk/frekvenser',
    'https://dataforsyningen.dk/data',
    'https://www.openstreetmap.org/copyright',
    'https://www.3gpp.org/specifications',
    'https://www.bundesnetzagentur.de/lokalesbreitband',
    'https://www.pts.se/',
    'https://www.ofcom.org.uk/spectrum',
    DOCUMENTATION_URL,
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://sdfi.dk/',
    'https://evil.example/',
    'https://sdfi.dk.evil.example/',
    'https://evil.example/?https://sdfi.dk/',
    'https://user@sdfi.dk/',
    'https://sdfi.dk:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://frekvensplan/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('allowedExternalUrl', () => {
  it('returns the normalised URL that passed the check, which is what opens (E3)', () => {
    expect(allowedExternalUrl('https://www.pts.se/a b')).toBe('https://www.pts.se/a%20b');
    expect(allowedExternalUrl('  https://WWW.PTS.SE/x\t\n')).toBe('https://www.pts.se/x');
    expect(allowedExternalUrl('https://www.pts.se:443/')).toBe('https://www.pts.se/');
    expect(allowedExternalUrl('https://www.pts.se.evil.example/')).toBeNull();
  });
});
