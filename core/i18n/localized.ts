/** A text in both UI languages. Every message a user can see is carried this way from core/. */
export interface LocalizedText {
  da: string;
  en: string;
}

/** UI languages Frekvensplan speaks. */
export type Lang = 'da' | 'en';

/** Returns a LocalizedText from its Danish and English forms. */
export function lt(da: string, en: string): LocalizedText {
  return { da, en };
}
