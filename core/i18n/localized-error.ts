import type { LocalizedText } from './localized';

/**
 * An Error whose reason is already said in both UI languages (e.g. a bounded decoder refusing a block), so the
 * problem shown to the user names it instead of a generic "unreadable" (core/i18n/parser-messages.ts).
 */
export class LocalizedError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'LocalizedError';
  }
}
