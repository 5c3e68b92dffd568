import type { Lang } from '../../core/i18n/localized';
import {
  areaKindSchema,
  siteKindSchema,
  type Area,
  type AreaKind,
  type Corridor,
  type Project,
  type Site,
  type SiteKind,
} from '../../core/project/schema';

/** What the objects panel shows: everything, one collection, or one kind of site or area. */
export type ObjectFilter = 'all' | 'sites' | 'areas' | 'corridors' | `site:${SiteKind}` | `area:${AreaKind}`;

/** Every filter value, in the order the panel offers them. */
export const OBJECT_FILTERS: readonly ObjectFilter[] = [
  'all',
  'sites',
  ...siteKindSchema.options.map((k) => `site:${k}` as const),
  'areas',
  ...areaKindSchema.options.map((k) => `area:${k}` as const),
  'corridors',
];

/** The objects matching a filter and a name search (case-insensitive substring in the UI language's rules). */
export interface FilteredObjects {
  sites: readonly Site[] | null;
  areas: readonly Area[] | null;
  corridors: readonly Corridor[] | null;
}

function byName<T extends { name: string }>(items: readonly T[], query: string, lang: Lang): readonly T[] {
  if (query === '') return items;
  return items.filter((item) => item.name.toLocaleLowerCase(lang).includes(query));
}

/**
 * The panel's sections for a filter and search: null for a collection the filter hides, else the matching objects in
 * document order. Without a search and kind filter a collection is returned as is (same array), so its rows keep
 * their identity.
 */
export function filterObjects(
  project: Pick<Project, 'sites' | 'areas' | 'corridors'>,
  filter: ObjectFilter,
  search: string,
  lang: Lang,
): FilteredObjects {
  const query = search.trim().toLocaleLowerCase(lang);
  const [collection, kind] = filter.split(':') as [string, string | undefined];
  const showSites = collection === 'all' || collection === 'sites' || collection === 'site';
  const showAreas = collection === 'all' || collection === 'areas' || collection === 'area';
  const sites = kind && collection === 'site' ? project.sites.filter((s) => s.kind === kind) : project.sites;
  const areas = kind && collection === 'area' ? project.areas.filter((a) => a.kind === kind) : project.areas;
  return {
    sites: showSites ? byName(sites, query, lang) : null,
    areas: showAreas ? byName(areas, query, lang) : null,
    corridors: collection === 'all' || collection === 'corridors' ? byName(project.corridors, query, lang) : null,
  };
}
