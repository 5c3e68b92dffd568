import { describe, expect, it } from 'vitest';

import { DOCUMENTATION_URL, isAllowedExternalUrl } from '../../../../electron/shared/external-links';

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
