/** Danish messages of the objects panel's search and filter and of the sites on the map (merged into da.ts). */
export const objectsDa = {
  'objects.search': 'Søg i objekter',
  'objects.searchPlaceholder': 'Søg i objekter …',
  'objects.filter': 'Vis',
  'objects.filter.all': 'Alle objekter',
  'objects.filter.sites': 'Alle sites',
  'objects.filter.areas': 'Alle områder',
  'objects.filter.corridors': 'Dronekorridorer',
  'objects.filter.siteKinds': 'Sites efter type',
  'objects.filter.areaKinds': 'Områder efter type',
  'objects.shown': '{shown} af {total}',
  'objects.noMatch': 'Ingen objekter passer til søgningen.',
  'objects.listHint': 'Piletasterne flytter mellem objekterne; Enter vælger og zoomer til.',
  'mapSites.group': 'Sites på kortet',
  'mapSites.moveHint': 'Valgt site: flyt det med piletasterne (Skift: ti gange så langt). Hvert tryk kan fortrydes.',
  'mapSites.tooMany': '{count} sites i udsnittet er ikke listet her; vælg dem i panelet Objekter.',
  'mapSites.cluster': '{count} sites – klik for at zoome ind',
} as const;
