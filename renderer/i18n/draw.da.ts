/** Danish messages of the drawing tools' typed points (merged into da.ts). */
export const drawDa = {
  'draw.point': 'Punkt (koordinat)',
  'draw.sitePosition': 'Sitets position',
  'draw.pointHelp': 'Skriv et punkt og tryk Enter; flere punkter adskilles med semikolon. Tom + Enter afslutter.',
  'draw.sitePositionHelp': 'Skriv positionen og tryk Enter, fx 54,9395 10,7140 eller E 609408 N 6089412.',
  'draw.addPoint': 'Tilføj punkt',
  'draw.placeSite': 'Placér site',
  'draw.removeLast': 'Fjern sidste punkt',
  'draw.finish': 'Afslut',
  'draw.cancel': 'Annullér',
  'draw.badPoint': 'Punkt {index}: {message}',
} as const;
