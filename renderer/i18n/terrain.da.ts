/** Danish messages of the elevation models: loading tiles, the DTM/DSM choice, the panel's terrain lines (merged into da.ts). */
export const terrainDa = {
  'terrain.pickFolder': 'Indlæs mappe med fliser…',
  'terrain.pickFiles': 'Indlæs filer (GeoTIFF/VRT)…',
  'terrain.folderInput': 'Mappe med højdefliser',
  'terrain.filesInput': 'Højdefiler (GeoTIFF eller VRT med fliser)',
  'terrain.modelLine': '{kind}: {name}, {files} filer à {res} m',
  'terrain.removeOne': 'Fjern {kind}',
  'terrain.coveredLine':
    'Seneste beregning: {share} af området havde højdedata; resten er beregnet med den statistiske model.',
  'terrain.resultLine': 'Terrænmodel: {mode}, {files} fliser, {share} af området dækket',
  'terrain.rule.DTM':
    'DTM (bar jord): TR 38.901-modellen er grundlaget; terrænet lægger ITU-R P.526-diffraktion til, hvor jorden selv skygger ud over en glat Jord.',
  'terrain.rule.DSM':
    'DSM (overflade med bygninger og træer): overfladen afgør LOS for hver pixel; skygge giver diffraktion op til NLOS-medianen.',
  'terrain.rule.DSM+DTM':
    'DSM + DTM: overfladen afgør LOS, terrænet giver jordhøjden under sender og modtager; uden for DSM’en gælder DTM-reglen.',
  'terrain.progress': 'Fremdrift for indlæsning af højdemodel',
  'terrain.readingFiles': 'Læser {files} filer…',
  'terrain.files': 'Filer',
  'terrain.filesValue': '{used} fliser',
  'terrain.covered': 'Areal med data',
  'terrain.kindChoice': 'Højderne er',
  'terrain.kind.auto': 'efter filnavnene',
  'terrain.kindHelp.DTM':
    'Terræn (DTM) er bar jord: gør aldrig en pixel LOS, men lægger bakkers og skrænters skygge til den statistiske model.',
  'terrain.kindHelp.DSM':
    'Overflade (DSM) har bygninger og træer med: afgør LOS pr. pixel. Brug den sammen med DTM’en for rigtige jordhøjder.',
  'terrain.modelHeading': '{kind}',
  'link.terrainExcess': 'Terrænets tillæg (ud over glat Jord)',
  'link.surfaceLoss': 'Diffraktion over overfladen (før NLOS-loftet)',
  'coverage.losMode.terrain-dtm': 'DTM: statistisk model + terrænets tillæg',
  'coverage.losMode.terrain-dsm': 'DSM: overfladen afgør LOS',
} as const;
