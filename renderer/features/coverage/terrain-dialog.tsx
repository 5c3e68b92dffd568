import { formatNumber } from '../../i18n/format-number';
import { formatProblem } from '../../../core/project/problem';
import { demResolutionM } from '../../../core/terrain';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';
import { acceptTerrain, closeTerrainPreview } from './coverage-flow';

/** Preview of a GeoTIFF elevation model: size, CRS, extent, resolution, heights and problems; then "use". */
export function TerrainDialog() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const preview = useApp((s) => s.coverage.terrainPreview);
  if (!preview) return null;
  const { result } = preview;
  const ok = result?.ok === true;
  const actions = (
    <>
      {ok && (
        <button type="button" className="button button--primary" onClick={acceptTerrain}>
          {t('terrain.use')}
        </button>
      )}
      <button type="button" className="button" onClick={closeTerrainPreview}>
        {t('dialog.cancel')}
      </button>
    </>
  );
  let body = <p role="status">{t('terrain.reading')}</p>;
  if (result && !result.ok) {
    body = (
      <>
        <p>{t('terrain.problems')}</p>
        <ul className="problem-list">
          {result.problems.map((p, i) => (
            <li key={i} className="problem--error">
              {formatProblem(p, lang)}
            </li>
          ))}
        </ul>
      </>
    );
  } else if (result?.ok) {
    const dem = result.value;
    const g = dem.grid;
    const metres = dem.crs === 'EPSG:25832';
    const n = (v: number, digits: number) => formatNumber(v, lang, digits);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of dem.values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const digits = metres ? 0 : 5;
    body = (
      <>
        <dl className="import-preview__summary">
          <dt>{t('terrain.size')}</dt>
          <dd>
            {n(g.width, 0)} × {n(g.height, 0)} px
            {dem.downsampleFactor > 1 ? ` (÷${dem.downsampleFactor})` : ''}
          </dd>
          <dt>{t('terrain.crs')}</dt>
          <dd>{dem.crs}</dd>
          <dt>{t('terrain.extent')}</dt>
          <dd>
            {metres ? 'E' : 'lon'} {n(g.originX, digits)}–{n(g.originX + g.width * g.pixelSizeX, digits)},{' '}
            {metres ? 'N' : 'lat'} {n(g.originY - g.height * g.pixelSizeY, digits)}–{n(g.originY, digits)}
          </dd>
          <dt>{t('terrain.resolution')}</dt>
          <dd>{n(demResolutionM(dem), 2)} m</dd>
          <dt>{t('terrain.heights')}</dt>
          <dd>
            {n(lo, 1)} … {n(hi, 1)} m
          </dd>
          <dt>{t('terrain.kind')}</dt>
          <dd>{t(`terrain.kind.${dem.kind}`)}</dd>
        </dl>
        {result.warnings.length > 0 && (
          <>
            <p>{t('terrain.warnings')}</p>
            <ul className="problem-list">
              {result.warnings.map((p, i) => (
                <li key={i} className="problem--warning">
                  {formatProblem(p, lang)}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  return (
    <Dialog
      title={t('terrain.title', { name: preview.name })}
      actions={actions}
      onCancel={closeTerrainPreview}
      placement="side"
      tone={result && !result.ok ? 'error' : 'normal'}
    >
      {body}
    </Dialog>
  );
}
