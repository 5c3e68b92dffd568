/** Danish messages of Help → About: attributions and the third-party licence inventory (merged into da.ts). */
export const aboutDa = {
  'about.places': 'Stednavne: © GeoNames, CC BY 4.0.',
  'about.licences.title': 'Tredjepartskomponenter',
  'about.licences.intro':
    'Frekvensplan bruger {count, plural, one {# pakke} other {# pakker}} fra andre. Listen er lavet ud fra package-lock.json med {tool} og kontrolleres ved hver testkørsel.',
  'about.licences.electron':
    'Skrivebordsprogrammet leveres med Electrons licens (LICENSE.electron.txt) og Chromiums tredjepartslicenser (LICENSES.chromium.html) ved siden af programmet.',
  'about.licences.filter': 'Filtrér pakker',
  'about.licences.filterPlaceholder': 'Pakke eller licens',
  'about.licences.list': 'Pakker og licenser',
  'about.licences.package': 'Pakke',
  'about.licences.version': 'Version',
  'about.licences.licence': 'Licens',
  'about.licences.ships.runtime': 'runtime for skrivebordsprogrammet',
  'about.licences.ships.data': 'data i programmet',
  'about.licences.shown': 'Viser {shown} af {count}.',
  'about.licences.loading': 'Indlæser listen over licenser …',
  'about.licences.failed': 'Listen over licenser kunne ikke indlæses: {reason}',
} as const;
