import type { objectsDa } from './objects.da';

/** English messages of the objects panel's search and filter and of the sites on the map (merged into en.ts). */
export const objectsEn: Record<keyof typeof objectsDa, string> = {
  'objects.search': 'Search objects',
  'objects.searchPlaceholder': 'Search objects …',
  'objects.filter': 'Show',
  'objects.filter.all': 'All objects',
  'objects.filter.sites': 'All sites',
  'objects.filter.areas': 'All areas',
  'objects.filter.corridors': 'Drone corridors',
  'objects.filter.siteKinds': 'Sites by kind',
  'objects.filter.areaKinds': 'Areas by kind',
  'objects.shown': '{shown} of {total}',
  'objects.emptyProject': 'The project is empty. Add a site (S), draw an area (A) or import a file (Ctrl+I).',
  'objects.noMatch': 'No objects match the search.',
  'objects.listHint': 'Arrow keys move between objects; Enter selects and zooms to it.',
  'mapSites.group': 'Sites on the map',
  'mapSites.moveHint':
    'Selected site: move it with the arrow keys (Shift: ten times as far). Each press can be undone.',
  'mapSites.tooMany': '{count} sites in view are not listed here; pick them in the Objects panel.',
  'mapSites.clusterName': 'Cluster of {count} sites',
  'mapSites.cluster': '{count} sites – click to zoom in',
} as const;
