import type { Lang } from '../../core/i18n/localized';

/** Formats a number for an editable field: fixed decimals, no grouping, Danish decimal comma. */
export function formatInputNumber(value: number, lang: Lang, fractionDigits: number): string {
  const text = String(Number(value.toFixed(fractionDigits)));
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** Parses a number typed with either a decimal comma or point; returns null when it is not a number. */
export function parseInputNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
