import { formatDate } from '../../../core/geo/format';
import type { Lang } from '../../../core/i18n/localized';
import { parseIsoDate } from '../../../core/terms/dates';
import type { RequestExportChoice } from '../../state/app-state';

/** Today's local calendar date as YYYY-MM-DD. */
export function localTodayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Formats an ISO date for the UI: dd.mm.yyyy (da) or dd/mm/yyyy (en). */
export function showDate(iso: string, lang: Lang): string {
  return formatDate(parseIsoDate(iso), lang);
}

/** Rewrites every ISO date (YYYY-MM-DD) inside a message in the UI's date format. */
export function humanizeDates(text: string, lang: Lang): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) => showDate(iso, lang));
}

/**
 * Parses a typed date: dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or ISO YYYY-MM-DD. Returns the ISO
 * date, '' for empty input, or null when the text is not a real calendar date.
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file-name slug of the municipality (or project name): "Langeland Kommune (482)" → "langeland". */
export function requestSlug(meta: { municipality: string; name: string }): string {
  const source = meta.municipality.trim() || meta.name;
  const slug = source
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/\bkommune\b/g, ' ')
    .replace(/[æøåäöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'projekt';
}

/** True when `email` looks like an address (something@host.tld). */
export function isPlausibleEmail(email: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim());
}

/** File extension and MIME type of each request format. */
export const REQUEST_FORMATS: Record<RequestExportChoice['format'], { ext: string; mimeType: string }> = {
  pdf: { ext: 'pdf', mimeType: 'application/pdf' },
  docx: { ext: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  json: { ext: 'json', mimeType: 'application/json' },
  geojson: { ext: 'geojson', mimeType: 'application/geo+json' },
  checklist: { ext: 'pdf', mimeType: 'application/pdf' },
};

const STEMS = { da: 'lejeanmodning', en: 'lease-request', de: 'antrag', sv: 'ansokan' } as const;
const DRAFT = { da: '-udkast', en: '-draft', de: '-entwurf', sv: '-utkast' } as const;

/** Suggested file name, e.g. `lejeanmodning-langeland-2026-11-29.pdf` (`-udkast` when marked draft). */
export function requestFileName(slug: string, requestDate: string, choice: RequestExportChoice): string {
  if (choice.format === 'checklist')
    return `${choice.lang === 'da' ? 'tjekliste' : 'checklist'}-${slug}-${requestDate}.pdf`;
  const draft = choice.markDraft ? DRAFT[choice.lang] : '';
  return `${STEMS[choice.lang]}-${slug}-${requestDate}${draft}.${REQUEST_FORMATS[choice.format].ext}`;
}
