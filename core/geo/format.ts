import type { Lang } from '../i18n/localized';

/** Locale tag used for number and date formatting per UI language. */
export function localeTag(lang: Lang): string {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}

/** Formats a number with the UI language's separators (Danish: 1.234,5). */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  const key = `${lang}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Building an Intl.NumberFormat costs far more than formatting with it: keep one per language and precision.
    format = new Intl.NumberFormat(localeTag(lang), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a date as dd.mm.yyyy (Danish) or dd/mm/yyyy (English, en-GB). */
export function formatDate(date: Date, lang: Lang): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(date.getUTCFullYear());
  return lang === 'da' ? `${dd}.${mm}.${yyyy}` : `${dd}/${mm}/${yyyy}`;
}

/** Formats an EPSG:25832 coordinate pair in metres, e.g. "E 612.345 N 6.093.210". */
export function formatUtm(easting: number, northing: number, lang: Lang): string {
  return `E ${formatNumber(easting, lang)} N ${formatNumber(northing, lang)}`;
}

/** Formats a WGS84 position as "55,12345° N 10,98765° Ø" (da) or "55.12345° N 10.98765° E" (en). */
export function formatLatLon(lat: number, lon: number, lang: Lang): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? (lang === 'da' ? 'Ø' : 'E') : lang === 'da' ? 'V' : 'W';
  return `${formatNumber(Math.abs(lat), lang, 5)}° ${ns} ${formatNumber(Math.abs(lon), lang, 5)}° ${ew}`;
}
