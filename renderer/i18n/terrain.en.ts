import type { terrainDa } from './terrain.da';

/** English messages of the elevation models (merged into en.ts). */
export const terrainEn: Record<keyof typeof terrainDa, string> = {
  'terrain.pickFolder': 'Load folder of tiles…',
  'terrain.pickFiles': 'Load files (GeoTIFF/VRT)…',
  'terrain.folderInput': 'Folder of elevation tiles',
  'terrain.filesInput': 'Elevation files (GeoTIFF, or a VRT with its tiles)',
  'terrain.modelLine': '{kind}: {name}, {files} files at {res} m',
  'terrain.removeOne': 'Remove {kind}',
  'terrain.coveredLine':
    'Last run: {share} of the area had elevation data; the rest was predicted with the statistical model.',
  'terrain.resultLine': 'Terrain model: {mode}, {files} tiles, {share} of the area covered',
  'terrain.rule.DTM':
    'DTM (bare earth): the TR 38.901 model is the base; the terrain adds ITU-R P.526 diffraction where the ground itself shadows beyond a smooth Earth.',
  'terrain.rule.DSM':
    'DSM (surface with buildings and trees): the surface decides LOS for each pixel; shadow adds diffraction up to the NLOS median.',
  'terrain.rule.DSM+DTM':
    'DSM + DTM: the surface decides LOS, the terrain gives the ground height under transmitter and receiver; outside the DSM the DTM rule applies.',
  'terrain.progress': 'Elevation model loading progress',
  'terrain.readingFiles': 'Reading {files} files…',
  'terrain.files': 'Files',
  'terrain.filesValue': '{used} tiles',
  'terrain.covered': 'Area with data',
  'terrain.kindChoice': 'The heights are',
  'terrain.kind.auto': 'as the file names say',
  'terrain.kindHelp.DTM':
    'Terrain (DTM) is bare earth: it never makes a pixel LOS, but adds the shadow of hills and slopes to the statistical model.',
  'terrain.kindHelp.DSM':
    'Surface (DSM) includes buildings and trees: it decides LOS per pixel. Use it with the DTM for true ground heights.',
  'terrain.modelHeading': '{kind}',
  'link.terrainExcess': 'Terrain excess (beyond a smooth Earth)',
  'link.surfaceLoss': 'Diffraction over the surface (before the NLOS cap)',
  'coverage.losMode.terrain-dtm': 'DTM: statistical model + terrain excess',
  'coverage.losMode.terrain-dsm': 'DSM: the surface decides LOS',
};
