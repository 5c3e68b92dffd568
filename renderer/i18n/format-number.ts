import { formatNumber as formatCoreNumber } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';

/** The typographic minus sign (U+2212) Danish typesetting uses for negative numbers. */
export const MINUS = '\u2212';

/**
 * core's formatNumber for on-screen text: Danish UI text writes negative numbers with the typographic minus
 * (−100 dBm). Editable fields keep the ASCII hyphen (formatInputNumber), and so do core's PDF/DOCX writers, whose
 * standard fonts cannot encode U+2212.
 */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  const text = formatCoreNumber(value, lang, fractionDigits);
  return lang === 'da' ? text.replace(/^-/, MINUS) : text;
}
