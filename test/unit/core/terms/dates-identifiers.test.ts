import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealIsoDate, isValidEan13, isValidSwedishOrgNumber } from '../../../../core/terms';

describe('isRealIsoDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-4-1', false],
    ['29.11.2026', false],
  ])('%s → %s', (text, ok) => expect(isRealIsoDate(text)).toBe(ok));

  it('agrees with the calendar for every day of 1900–2100 (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        (d) => isRealIsoDate(d.toISOString().slice(0, 10)),
      ),
    );
  });
});

describe('EAN-13 / GLN check digit (GS1)', () => {
  it.each([
    ['5798000420571', true], // 5+21+9+24+0+0+0+12+2+0+5+21 = 99 → check 1
    ['5790000123453', false],
    ['4006381333931', true], // GS1's own example number
    ['400638133393', false],
    ['579800042057x', false],
  ])('%s → %s', (ean, ok) => expect(isValidEan13(ean)).toBe(ok));
});

describe('Swedish organisationsnummer (Luhn)', () => {
  it.each([
    ['202100-4284', true], // PTS
    ['556016-0680', true], // Ericsson
    ['556016-0681', false],
    ['16556016-0680', true],
    ['12345', false],
  ])('%s → %s', (nr, ok) => expect(isValidSwedishOrgNumber(nr)).toBe(ok));
});
