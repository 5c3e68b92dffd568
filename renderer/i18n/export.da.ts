/** Danish messages of exports and save failures (merged into da.ts). */
export const exportDa = {
  'export.failedTitle': 'Eksporten mislykkedes',
  'export.buildFailed': 'Dokumentet kunne ikke dannes. Det er en fejl i Frekvensplan; send gerne de tekniske detaljer.',
  'export.phase.choosing': 'Vælg hvor filen skal gemmes …',
  'export.phase.building': 'Danner filen …',
  'export.phase.writing': 'Skriver filen …',
  'toast.exportedDownload': '{name} er hentet til browserens mappe for overførsler',
  'error.title': 'Der opstod en fejl',
  'error.details': 'Tekniske detaljer',
  'saveError.notAllowed':
    'Browseren gav ikke lov til at skrive filen (tilladelsen blev afvist eller er udløbet). Prøv igen, og tillad adgang når browseren spørger.',
  'saveError.security': 'Browseren tillod ikke at gemme her. Prøv igen, eller gem i en anden mappe.',
  'saveError.quota': 'Der er ikke plads nok på disken. Frigør plads, eller gem et andet sted.',
  'saveError.readOnly':
    'Filen er skrivebeskyttet eller åben i et andet program. Luk programmet, eller vælg et andet navn.',
  'saveError.changed': 'Filen blev ændret eller flyttet, mens den blev gemt. Prøv igen.',
  'saveError.notFound': 'Filen eller mappen findes ikke længere. Vælg en anden placering.',
  'saveError.io': 'Filen kunne ikke skrives på grund af en fejl på disken. Prøv en anden placering.',
  'saveError.aborted': 'Skrivningen blev afbrudt. Prøv igen.',
  'saveError.unknown': 'Filen kunne ikke gemmes (browserfejl {name}). Prøv igen, eller gem et andet sted.',
} as const;
