import { siteKindSchema, type Site } from '../project/schema';

/** Danish and English names of the site kinds as a spreadsheet user writes them (the app's own labels). */
const NAMES: Record<Site['kind'], readonly string[]> = {
  'fire-station': ['brandstation', 'fire station', 'firestation'],
  harbour: ['havn', 'harbour', 'harbor'],
  'ferry-terminal': ['færgehavn', 'færgeleje', 'ferry terminal'],
  'town-hall': ['rådhus', 'town hall', 'city hall'],
  school: ['skole', 'school'],
  'water-works': ['vandværk', 'water works', 'waterworks'],
  hospital: ['hospital', 'sygehus'],
  mast: ['mast'],
  other: ['andet', 'other'],
};

const BY_NAME = new Map<string, Site['kind']>(
  Object.entries(NAMES).flatMap(([kind, names]) => names.map((n) => [n, kind as Site['kind']] as const)),
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
