import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';
import { langFromLocale, translator } from '../../../renderer/i18n';
import { formatInputNumber, parseInputNumber } from '../../../renderer/i18n/numbers';

describe('i18n', () => {
  it('English has exactly the Danish keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('picks the language from the locale, Danish when unknown', () => {
    expect(langFromLocale('da-DK')).toBe('da');
    expect(langFromLocale('da')).toBe('da');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('de-DE')).toBe('en');
    expect(langFromLocale('')).toBe('da');
    expect(langFromLocale(undefined)).toBe('da');
  });

  it('fills placeholders', () => {
    expect(translator('da')('toast.saved', { name: 'a.frekvensplan' })).toBe('Gemt som a.frekvensplan');
  });

  it('parses and formats numbers with a decimal comma or point', () => {
    expect(parseInputNumber('54,84')).toBe(54.84);
    expect(parseInputNumber(' 42.5 ')).toBe(42.5);
    expect(parseInputNumber('1.234,5')).toBeNull();
    expect(parseInputNumber('abc')).toBeNull();
    expect(formatInputNumber(54.7548, 'da', 6)).toBe('54,7548');
    expect(formatInputNumber(54.7548, 'en', 2)).toBe('54.75');
  });
});
