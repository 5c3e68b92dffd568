import { localeTag } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';
import { formatNumber } from './format-number';
import { da, type MessageKey } from './da';
import { en } from './en';

export type { MessageKey } from './da';

const TABLES: Record<Lang, Record<MessageKey, string>> = { da, en };

/** Translator for one language: looks up a key and fills `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name, plural, one {# enhed} other {# enheder}}`: ICU plural syntax (one level, no nesting). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Fills ICU plural blocks with the language's plural rules (Intl.PluralRules: Danish and English "one" is 1), so
 * no message says "1 enheder"; `#` is the number in the language's format.
 */
export function fillPlurals(text: string, lang: Lang, params: Record<string, string | number>): string {
  const rules = new Intl.PluralRules(localeTag(lang));
  return text.replace(PLURAL, (match, name: string, body: string) => {
    const value = params[name];
    if (typeof value !== 'number') return match;
    const cases = new Map<string, string>();
    for (const [, selector, form] of body.matchAll(PLURAL_CASE)) cases.set(selector as string, form as string);
    const form = cases.get(`=${value}`) ?? cases.get(rules.select(value)) ?? cases.get('other') ?? '';
    return form.replace(/#/g, formatNumber(value, lang));
  });
}

/** Returns the translator for a language. */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return fillPlurals(text, lang, params).replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

/** Picks the UI language from a BCP 47 locale: `da*` → da, other known tags → en, unknown → da. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? '').trim().toLowerCase();
  if (tag === '' || tag.startsWith('da')) return 'da';
  return /^[a-z]{2,3}(-|$)/.test(tag) ? 'en' : 'da';
}
