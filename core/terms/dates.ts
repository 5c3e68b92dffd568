/** Date arithmetic on ISO calendar dates (YYYY-MM-DD), in UTC, without a clock. */
import { formatDate } from '../geo/format';
import type { Lang } from '../i18n/localized';

/** Parses `YYYY-MM-DD` to a UTC Date at midnight. */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Formats a UTC Date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = parseIsoDate(iso);
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(target);
}

/** Adds whole days (negative to subtract). */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/**
 * Number of started months in the inclusive period [from, to]: the smallest k such that
 * `from + k months` is after `to`. 2026-01-01..2035-12-31 → 120; one day more → 121.
 */
export function startedMonths(from: string, to: string): number {
  if (to < from) return 0;
  const end = addDays(to, 1);
  let months = Math.max(0, (parseIsoDate(end).getUTCFullYear() - parseIsoDate(from).getUTCFullYear()) * 12 - 12);
  while (addMonths(from, months) < end) months++;
  return months;
}

/** Formats an ISO date for people: dd.mm.yyyy in Danish, dd/mm/yyyy in English. */
export function humanDate(iso: string, lang: Lang): string {
  return formatDate(parseIsoDate(iso), lang);
}

/** True when `text` is `YYYY-MM-DD` naming a real calendar date (2025-02-30 and 2025-13-01 are not). */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
