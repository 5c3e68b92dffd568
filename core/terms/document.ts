import type { DocLang, DocumentTemplate, TermsProfile } from './schema';

/** The template and languages of a profile's document; profiles saved without them fall back by country. */
export function documentOf(profile: TermsProfile): { template: DocumentTemplate; languages: DocLang[] } {
  if (profile.document) return profile.document;
  switch (profile.country) {
    case 'DE':
      return { template: 'de-bnetza-application', languages: ['de'] };
    case 'SE':
      return { template: 'se-pts-application', languages: ['sv', 'en'] };
    case 'GB':
      return { template: 'uk-ofcom-sal-application', languages: ['en'] };
    default:
      return { template: 'dk-lease-letter', languages: ['da', 'en'] };
  }
}

/** The document language to write: the asked one when the regime allows it, else the regime's first. */
export function documentLanguage(profile: TermsProfile, asked?: DocLang): DocLang {
  const { languages } = documentOf(profile);
  return asked && languages.includes(asked) ? asked : (languages[0] as DocLang);
}
