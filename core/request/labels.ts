import type { SiteKind } from '../project/schema';
import type { DocLang } from '../terms/schema';

/** Names of site kinds for people (never the enum value): "Brandstation", "Fire station", … */
const SITE_KINDS: Record<SiteKind, Record<DocLang, string>> = {
  'fire-station': { da: 'Brandstation', en: 'Fire station', de: 'Feuerwache', sv: 'Brandstation' },
  harbour: { da: 'Havn', en: 'Harbour', de: 'Hafen', sv: 'Hamn' },
  'ferry-terminal': { da: 'Færgehavn', en: 'Ferry terminal', de: 'Fährhafen', sv: 'Färjeterminal' },
  'town-hall': { da: 'Rådhus', en: 'Town hall', de: 'Rathaus', sv: 'Stadshus' },
  school: { da: 'Skole', en: 'School', de: 'Schule', sv: 'Skola' },
  'water-works': { da: 'Vandværk', en: 'Water works', de: 'Wasserwerk', sv: 'Vattenverk' },
  hospital: { da: 'Hospital', en: 'Hospital', de: 'Krankenhaus', sv: 'Sjukhus' },
  mast: { da: 'Mast', en: 'Mast', de: 'Mast', sv: 'Mast' },
  other: { da: 'Andet', en: 'Other', de: 'Sonstiges', sv: 'Övrigt' },
};

/** The site kind's name in a document language. */
export function siteKindLabel(kind: SiteKind, lang: DocLang): string {
  return SITE_KINDS[kind][lang];
}

/**
 * A cell's name for people, the same in every language: the site's name, and the sector's azimuth when the site
 * has several cells ("Langeland Brandvæsen, Rudkøbing (120°)"), or its number for several omni cells.
 */
export function cellLabel(siteName: string, azimuthDeg: number | null, index: number, cellsOnSite: number): string {
  if (cellsOnSite <= 1) return siteName;
  return azimuthDeg === null ? `${siteName} #${index + 1}` : `${siteName} (${Math.round(azimuthDeg)}°)`;
}
