import type { Lang } from '../../core/i18n/localized';
import { da, type MessageKey } from './da';
import { en } from './en';

export type { MessageKey } from './da';

const TABLES: Record<Lang, Record<MessageKey, string>> = { da, en };

/** Translator for one language: looks up a key and fills `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translator for a language. */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Picks the UI language from a BCP 47 locale: `da*` → da, other known tags → en, unknown → da. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag === '' || tag.startsWith('da')) return 'da';
  return /^[a-z]{2,3}(-|$)/.test(tag) ? 'en' : 'da';
}
