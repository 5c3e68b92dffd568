import type { Lang } from '../i18n/localized';
import type { DocLang } from '../terms/schema';

const LOCALES: Record<DocLang, string> = { da: 'da-DK', en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };

/** Picks the text for a document language (English when a language is missing). */
export function pick(text: Partial<Record<DocLang, string>>, lang: DocLang): string {
  return text[lang] ?? text.en ?? text.da ?? '';
}

/** The UI language closest to a document language (findings and the checklist speak da/en). */
export function uiLangOf(lang: DocLang): Lang {
  return lang === 'da' ? 'da' : 'en';
}

/** Number formatting for one document language: separators and digits as its readers write them. */
export interface DocFormat {
  lang: DocLang;
  num(value: number, digits?: number): string;
  /** dd.mm.yyyy (da, de), dd/mm/yyyy (en), yyyy-mm-dd (sv). */
  date(iso: string): string;
  /** 54,93950° N 10,71400° Ø (da), … E (en), … O (de, sv). */
  latLon(lat: number, lon: number): string;
  /** E 610.146 N 6.089.991 in the language's grouping. */
  utm(easting: number, northing: number): string;
}

/** Formatters for a document language (Intl, so the CLI and the app agree). */
export function docFormat(lang: DocLang): DocFormat {
  const cache = new Map<number, Intl.NumberFormat>();
  const num = (value: number, digits = 0) => {
    let f = cache.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
      cache.set(digits, f);
    }
    return f.format(Object.is(value, -0) ? 0 : value);
  };
  const east = { da: 'Ø', en: 'E', de: 'O', sv: 'O' }[lang];
  const west = { da: 'V', en: 'W', de: 'W', sv: 'V' }[lang];
  return {
    lang,
    num,
    date(iso) {
      const [y, m, d] = iso.split('-');
      if (lang === 'sv') return iso;
      return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
    },
    latLon(lat, lon) {
      return `${num(Math.abs(lat), 5)}° ${lat >= 0 ? 'N' : 'S'} ${num(Math.abs(lon), 5)}° ${lon >= 0 ? east : west}`;
    },
    utm(easting, northing) {
      return `E ${num(easting)} N ${num(northing)}`;
    },
  };
}
