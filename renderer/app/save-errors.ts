import type { Lang } from '../../core/i18n/localized';
import { translator, type MessageKey } from '../i18n';

/** DOMException names the File System Access API and downloads raise, with a message key each. */
const REASONS: Record<string, MessageKey> = {
  NotAllowedError: 'saveError.notAllowed',
  SecurityError: 'saveError.security',
  QuotaExceededError: 'saveError.quota',
  NoModificationAllowedError: 'saveError.readOnly',
  InvalidModificationError: 'saveError.readOnly',
  InvalidStateError: 'saveError.changed',
  NotFoundError: 'saveError.notFound',
  TypeMismatchError: 'saveError.notFound',
  NotReadableError: 'saveError.io',
  AbortError: 'saveError.aborted',
};

/**
 * A save or export failure in the UI language, from the browser's DOMException name (never the browser's own
 * English text, which is only kept as technical details). Unknown names get a general message naming them.
 */
export function describeSaveFailure(reason: string | undefined, lang: Lang): string {
  const t = translator(lang);
  const key = reason ? REASONS[reason] : undefined;
  return key ? t(key) : t('saveError.unknown', { name: reason ?? '?' });
}
