import type { searchDa } from './search.da';

/** English messages of the place, object and coordinate search over the map (merged into en.ts). */
export const searchEn: Record<keyof typeof searchDa, string> = {
  'search.label': 'Search for a place, object or coordinate',
  'search.placeholder': 'Search place, object, coordinate (Ctrl+K)',
  'search.results': 'Search results',
  'search.none': 'Nothing found for “{query}”. Try a town, an object name or a coordinate.',
  'search.kind.coordinate': 'Coordinate',
  'search.kind.site': 'Site',
  'search.kind.area': 'Area',
  'search.kind.corridor': 'Drone corridor',
  'search.kind.place': 'Town',
  'search.kind.capital': 'Capital',
  'search.kind.seat': 'Municipal seat',
  'search.inhabitants': '{count, plural, one {# inhabitant} other {# inhabitants}}',
  'search.alsoKnownAs': 'also {name}',
  'search.found': 'Found: {label}',
  'search.addSite': 'Add site here',
  'search.siteNear': 'Site near {place}',
  'search.close': 'Close',
  'search.source': 'Place names from GeoNames (offline, CC BY 4.0). Addresses are not searched.',
};
