import { formatLatLon, formatNumber, formatUtm } from '../../geo/format';
import type { Lang, LocalizedText } from '../../i18n/localized';
import { humanDate } from '../dates';
import type { FieldAt } from './types';

/** A number in both UI languages' formats. */
export const num = (value: number, digits = 0): LocalizedText => ({
  da: formatNumber(value, 'da', digits),
  en: formatNumber(value, 'en', digits),
});

/** An ISO date in both UI languages' formats. */
export const day = (iso: string): LocalizedText => ({ da: humanDate(iso, 'da'), en: humanDate(iso, 'en') });

/** Builds a LocalizedText from a template applied to each language. */
export const both = (make: (lang: Lang) => string): LocalizedText => ({ da: make('da'), en: make('en') });

/** "58,3 dBµV/m pr. 5 MHz i 3 m højde ved 54,75° N 10,67° Ø (EPSG:25832 E 607.846 N 6.068.795)". */
export function fieldAtText(field: FieldAt, lang: Lang): string {
  const v = formatNumber(field.valueDbuvPerMPer5MHz, lang, 1);
  const h = formatNumber(field.heightM, lang, 1).replace(/[,.]0$/, '');
  const where = `${formatLatLon(field.lat, field.lon, lang)} (EPSG:25832 ${formatUtm(field.easting, field.northing, lang)})`;
  return lang === 'da'
    ? `${v} dBµV/m pr. 5 MHz i ${h} m højde ved ${where}`
    : `${v} dBµV/m per 5 MHz at ${h} m height at ${where}`;
}

/** Country names for messages (ISO 3166-1 alpha-2). */
export function countryName(code: string, lang: Lang): string {
  const names: Record<string, [string, string]> = {
    DK: ['Danmark', 'Denmark'],
    SE: ['Sverige', 'Sweden'],
    DE: ['Tyskland', 'Germany'],
    GB: ['Storbritannien', 'the United Kingdom'],
  };
  const pair = names[code];
  return pair ? pair[lang === 'da' ? 0 : 1] : code;
}
