import type { DemKind } from './dem';

const DSM = /(^|[^a-zæøå])(dsm|overflade|surface)([^a-zæøå]|$)/i;
const DTM = /(^|[^a-zæøå])(dtm|terr(æ|ae|a)n|terrain)([^a-zæøå]|$)/i;

/**
 * DTM or DSM from a file's path the way Danmarks Højdemodel names them: the file (DTM_1km_6171_612.tif,
 * DSM_1km_6171_612.tif) first, then its folders from the innermost (DHM_Terræn, DHM-Overflade, …); 'unknown'
 * when no part says. Case-insensitive; '/' or '\' separated.
 */
export function kindFromPath(path: string): DemKind {
  const parts = path.split(/[\\/]/).filter(Boolean).reverse();
  for (const part of parts) {
    const dsm = DSM.test(part);
    const dtm = DTM.test(part);
    if (dsm !== dtm) return dsm ? 'DSM' : 'DTM';
  }
  return 'unknown';
}
