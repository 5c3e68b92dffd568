import { lt, type LocalizedText } from '../i18n/localized';
import { siteKindSchema, type Site } from '../project/schema';

/** Danish and English names of the site kinds as a spreadsheet user writes them (the app's own labels first). */
const NAMES: Record<Site['kind'], { da: string; en: string; also?: readonly string[] }> = {
  'fire-station': { da: 'brandstation', en: 'fire station', also: ['firestation'] },
  harbour: { da: 'havn', en: 'harbour', also: ['harbor'] },
  'ferry-terminal': { da: 'færgehavn', en: 'ferry terminal', also: ['færgeleje'] },
  'town-hall': { da: 'rådhus', en: 'town hall', also: ['city hall'] },
  school: { da: 'skole', en: 'school' },
  'water-works': { da: 'vandværk', en: 'water works', also: ['waterworks'] },
  hospital: { da: 'hospital', en: 'hospital', also: ['sygehus'] },
  mast: { da: 'mast', en: 'mast' },
  other: { da: 'andet', en: 'other' },
};

const BY_NAME = new Map<string, Site['kind']>(
  Object.entries(NAMES).flatMap(([kind, n]) =>
    [n.da, n.en, ...(n.also ?? [])].map((name) => [name, kind as Site['kind']] as const),
  ),
);

/** The kinds' names in both languages, for messages ("brandstation, havn, …"). */
export const SITE_KIND_NAMES: LocalizedText = lt(
  Object.values(NAMES)
    .map((n) => n.da)
    .join(', '),
  Object.values(NAMES)
    .map((n) => n.en)
    .join(', '),
);

/** The site kind a cell names: the schema id ("harbour") or a Danish/English label ("Havn", "Harbour"); null if none. */
export function siteKindFromText(text: string): Site['kind'] | null {
  const key = text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
  const id = siteKindSchema.safeParse(key.replace(/ /g, '-'));
  if (id.success) return id.data;
  return BY_NAME.get(key) ?? null;
}
