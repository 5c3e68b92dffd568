import type { aboutDa } from './about.da';

/** English messages of Help → About: attributions and the third-party licence inventory (merged into en.ts). */
export const aboutEn: Record<keyof typeof aboutDa, string> = {
  'about.places': 'Place names: © GeoNames, CC BY 4.0.',
  'about.licences.title': 'Third-party components',
  'about.licences.intro':
    'Frekvensplan uses {count, plural, one {# package} other {# packages}} by others. The list is made from package-lock.json with {tool} and checked on every test run.',
  'about.licences.electron':
    "The desktop app ships with Electron's licence (LICENSE.electron.txt) and Chromium's third-party licences (LICENSES.chromium.html) beside the program.",
  'about.licences.filter': 'Filter packages',
  'about.licences.filterPlaceholder': 'Package or licence',
  'about.licences.list': 'Packages and licences',
  'about.licences.package': 'Package',
  'about.licences.version': 'Version',
  'about.licences.licence': 'Licence',
  'about.licences.ships.runtime': 'desktop app runtime',
  'about.licences.ships.data': 'data in the app',
  'about.licences.shown': 'Showing {shown} of {count}.',
  'about.licences.loading': 'Loading the licence list …',
  'about.licences.failed': 'The licence list could not be loaded: {reason}',
};
