import { utm32ToWgs84 } from '../../core/geo/projection';
import { lt, type LocalizedText } from '../../core/i18n/localized';

/** A parsed position in WGS84 degrees and the notation it was written in. */
export type ParsedCoordinate =
  { ok: true; lat: number; lon: number; notation: 'decimal' | 'dms' | 'utm32' } | { ok: false; message: LocalizedText };

const EXAMPLES = lt(
  'Skriv fx "54,9395 10,7140", "54°56\'22"N 10°42\'50"Ø" eller "E 609408 N 6089412".',
  'Write e.g. "54.9395, 10.7140", "54°56\'22"N 10°42\'50"E" or "E 609408 N 6089412".',
);

function fail(da: string, en: string): ParsedCoordinate {
  return { ok: false, message: lt(`${da} ${EXAMPLES.da}`, `${en} ${EXAMPLES.en}`) };
}

/** Parses "54,9395", "54.9395", "6.089.412" (Danish grouping) or "6089412,5"; null when not a number. */
function parseNumber(raw: string): number | null {
  let text = raw
    .trim()
    .replace(/^\+/, '')
    .replace(/[\u2212\u2013]/g, '-');
  if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text)) text = text.replace(/\./g, '');
  else if (/^-?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  text = text.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Parses a metric number that may carry Danish or English thousands separators (e.g. "609.408"). */
function parseMetric(raw: string): number | null {
  const text = raw.trim();
  if (/^\d{1,3}([.\s\u00a0]\d{3})+(,\d+)?$/.test(text)) return parseNumber(text.replace(/[.\s\u00a0]/g, ''));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return parseNumber(text.replace(/,/g, ''));
  return parseNumber(text);
}

function checkLatLon(lat: number, lon: number, notation: 'decimal' | 'dms'): ParsedCoordinate {
  if (Math.abs(lat) > 90)
    return fail('Breddegraden skal ligge mellem -90 og 90.', 'Latitude must be between -90 and 90.');
  if (Math.abs(lon) > 180)
    return fail('Længdegraden skal ligge mellem -180 og 180.', 'Longitude must be between -180 and 180.');
  return { ok: true, lat, lon, notation };
}

function fromUtm(easting: number, northing: number): ParsedCoordinate {
  if (easting < 100_000 || easting > 1_000_000 || northing < 0 || northing > 9_400_000)
    return fail(
      'Øst skal ligge mellem 100 000 og 1 000 000 m og nord mellem 0 og 9 400 000 m (EPSG:25832).',
      'Easting must be 100,000–1,000,000 m and northing 0–9,400,000 m (EPSG:25832).',
    );
  const [lon, lat] = utm32ToWgs84([easting, northing]);
  return { ok: true, lat, lon, notation: 'utm32' };
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const DMS_BODY = String.raw`(${NUM})\s*(?:°|º|\s|$)\s*(?:(${NUM})\s*(?:'|′|’)\s*)?(?:(${NUM})\s*(?:"|″|”|''|′′)\s*)?`;
/** One DMS component with the hemisphere letter before it ("N 54°56'22"") … */
const DMS_LEADING = new RegExp(String.raw`^\s*([NSEWØV])\s*${DMS_BODY}()\s*,?\s*`, 'u');
/** … or after it ("54°56'22"N"), or none. */
const DMS_TRAILING = new RegExp(String.raw`^\s*()${DMS_BODY}([NSEWØV])?\s*,?\s*`, 'u');

function parseDms(text: string): ParsedCoordinate {
  const parts: { value: number; hemisphere: string | undefined }[] = [];
  let rest = text;
  for (let i = 0; i < 2; i++) {
    const m = (/^\s*[NSEWØV]/u.test(rest) ? DMS_LEADING : DMS_TRAILING).exec(rest);
    if (!m || m[0].trim() === '') break;
    const [deg, min, sec] = [m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : (parseNumber(v) ?? NaN)));
    if ((min ?? 0) >= 60 || (sec ?? 0) >= 60)
      return fail('Minutter og sekunder skal være under 60.', 'Minutes and seconds must be below 60.');
    parts.push({ value: (deg ?? 0) + (min ?? 0) / 60 + (sec ?? 0) / 3600, hemisphere: m[1] || m[5] || undefined });
    rest = rest.slice(m[0].length);
  }
  if (parts.length !== 2 || rest.trim() !== '' || parts.some((p) => !Number.isFinite(p.value)))
    return fail(
      'Positionen kunne ikke læses som grader, minutter og sekunder.',
      'The position could not be read as degrees, minutes and seconds.',
    );
  const isLat = (h: string | undefined) => h === 'N' || h === 'S';
  const isLon = (h: string | undefined) => h !== undefined && 'EWØV'.includes(h);
  let [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
  if (isLon(a.hemisphere) || isLat(b.hemisphere)) [a, b] = [b, a];
  if ((a.hemisphere && !isLat(a.hemisphere)) || (b.hemisphere && !isLon(b.hemisphere)))
    return fail(
      'Angiv én bredde (N/S) og én længde (Ø/E eller V/W).',
      'Give one latitude (N/S) and one longitude (E or W).',
    );
  const lat = a.hemisphere === 'S' ? -a.value : a.value;
  const lon = b.hemisphere === 'W' || b.hemisphere === 'V' ? -b.value : b.value;
  return checkLatLon(lat, lon, 'dms');
}

/** Splits "54.9395, 10.7140", "54,9395 10,7140", "54,9395; 10,7140" or "54.9395,10.7140" into two tokens. */
function splitPair(text: string): [string, string] | null {
  let tokens = text.split(/\s*;\s*|\s*,\s+|\s+/).filter((t) => t !== '');
  if (tokens.length === 1 && /^[^,]*\.[^,]*,[^,]*\.[^,]*$/.test(text)) tokens = text.split(',');
  if (tokens.length === 1 && /^-?\d+,-?\d+$/.test(text)) return null;
  return tokens.length === 2 ? [tokens[0] as string, tokens[1] as string] : null;
}

/**
 * Parses a position typed by a planner: WGS84 decimal degrees as "lat, lon" (point or
 * Danish comma decimals), degrees-minutes-seconds with N/S and E/W/Ø/V, or EPSG:25832
 * metres as "E 609408 N 6089412" or two metric numbers. Never throws.
 */
export function parseCoordinate(input: string): ParsedCoordinate {
  if (typeof input !== 'string' || input.length > 200)
    return fail('Positionen er for lang.', 'The position is too long.');
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/\u00a0/g, ' ')
    .toUpperCase();
  if (text === '') return fail('Skriv en position.', 'Enter a position.');

  const utm = /^(?:E|Ø|ØST|EAST|X)\s*[:=]?\s*([\d.,\s]+?)\s*[,;]?\s*(?:N|NORD|NORTH|Y)\s*[:=]?\s*([\d.,\s]+)$/u.exec(
    text,
  );
  if (utm) {
    const e = parseMetric(utm[1] as string);
    const n = parseMetric(utm[2] as string);
    if (e === null || n === null)
      return fail('Øst og nord skal være tal i meter.', 'Easting and northing must be numbers in metres.');
    return fromUtm(e, n);
  }
  if (/[°º'′’"″”NSEWØV]/u.test(text)) return parseDms(text);

  const pair = splitPair(text);
  if (!pair) return fail('Skriv to tal: bredde og længde.', 'Enter two numbers: latitude and longitude.');
  // "54,905 10,665" is degrees with three decimals, not 54 905 m: a metric reading that small is never EPSG:25832.
  const [lat, lon] = [parseNumber(pair[0]), parseNumber(pair[1])];
  if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
    return checkLatLon(lat, lon, 'decimal');
  const a = parseMetric(pair[0]);
  const b = parseMetric(pair[1]);
  if (a === null || b === null)
    return fail(
      'Positionen indeholder noget, der ikke er et tal.',
      'The position contains something that is not a number.',
    );
  if (Math.abs(a) > 1000 && Math.abs(b) > 1000) return a > b ? fromUtm(b, a) : fromUtm(a, b);
  return checkLatLon(a, b, 'decimal');
}

/** Formats degrees as D°M'S" with a hemisphere letter (Ø/V in Danish, E/W in English), seconds to 0.1". */
export function formatDms(lat: number, lon: number, lang: 'da' | 'en'): string {
  const part = (value: number, pos: string, neg: string) => {
    const totalTenths = Math.round(Math.abs(value) * 36000);
    const d = Math.floor(totalTenths / 36000);
    const m = Math.floor((totalTenths % 36000) / 600);
    const s = (totalTenths % 600) / 10;
    const sec = lang === 'da' ? s.toFixed(1).replace('.', ',') : s.toFixed(1);
    return `${d}°${m}'${sec}"${value < 0 ? neg : pos}`;
  };
  return `${part(lat, 'N', 'S')} ${part(lon, lang === 'da' ? 'Ø' : 'E', lang === 'da' ? 'V' : 'W')}`;
}
