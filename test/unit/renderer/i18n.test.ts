import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';
import { langFromLocale, translator } from '../../../renderer/i18n';
import { formatInputNumber, parseInputNumber } from '../../../renderer/i18n/numbers';
import { formatNumber } from '../../../renderer/i18n/format-number';

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

describe('plurals and typography', () => {
  it('uses the language plural rules: "1 enhed", "2 enheder", "1 device"', () => {
    const da = translator('da');
    const en = translator('en');
    expect(da('slices.devices', { count: 1 })).toBe('1 enhed');
    expect(da('slices.devices', { count: 2 })).toBe('2 enheder');
    expect(da('slices.devices', { count: 1500 })).toBe('1.500 enheder');
    expect(en('slices.devices', { count: 1 })).toBe('1 device');
    expect(en('slices.devices', { count: 1500 })).toBe('1,500 devices');
    expect(da('toast.imported', { count: 1, name: 'a.csv' })).toBe('Importerede 1 objekt fra a.csv');
    expect(da('search.inhabitants', { count: 604 })).toBe('604 indbyggere');
  });

  it('no Danish or English message is left with a plural-less "(s)"', () => {
    for (const table of [da, en]) for (const text of Object.values(table)) expect(text).not.toMatch(/\(s\)|\(er\)/);
  });

  it('writes negative numbers with the typographic minus in Danish UI text only', () => {
    expect(formatNumber(-100, 'da')).toBe('−100');
    expect(formatNumber(-100.5, 'da', 1)).toBe('−100,5');
    expect(formatNumber(-100, 'en')).toBe('-100');
    expect(formatNumber(100, 'da')).toBe('100');
  });
});
