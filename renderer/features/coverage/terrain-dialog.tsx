import { useId } from 'react';
import { ProgressBar } from '../progress-bar';
import { formatNumber } from '../../i18n/format-number';
import { formatProblem } from '../../../core/project/problem';
import { demDataBounds, demHeightRange, type Dem, type ModelSummary } from '../../../core/terrain';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';
import { acceptTerrain, closeTerrainPreview, setTerrainPreviewKind } from './coverage-flow';

/** One model's facts in the dialog: files, lattice, extent, heights. */
function ModelFacts({ dem, summary }: { dem: Dem; summary: ModelSummary }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const n = (v: number, digits = 0) => formatNumber(v, lang, digits);
  const range = demHeightRange(dem);
  const bounds = demDataBounds(dem);
  return (
    <dl className="import-preview__summary">
      <dt>{t('terrain.kind')}</dt>
      <dd>{t(summary.detectedKind === 'unknown' ? 'terrain.kind.unknown' : `terrain.kind.${summary.kind}`)}</dd>
      <dt>{t('terrain.files')}</dt>
      <dd>{t('terrain.filesValue', { used: n(summary.files) })}</dd>
      <dt>{t('terrain.size')}</dt>
      <dd>
        {n(dem.grid.width)} × {n(dem.grid.height)} px{dem.downsampleFactor > 1 ? ` (÷${dem.downsampleFactor})` : ''}
      </dd>
      <dt>{t('terrain.crs')}</dt>
      <dd>{dem.sourceCrs === 'EPSG:25832' ? 'EPSG:25832' : `${dem.sourceCrs} → EPSG:25832`}</dd>
      <dt>{t('terrain.resolution')}</dt>
      <dd>{n(summary.resolutionM, 2)} m</dd>
      {bounds && (
        <>
          <dt>{t('terrain.extent')}</dt>
          <dd>
            E {n(bounds[0])}–{n(bounds[2])}, N {n(bounds[1])}–{n(bounds[3])}
          </dd>
        </>
      )}
      <dt>{t('terrain.covered')}</dt>
      <dd>{n(summary.coveredKm2, 2)} km²</dd>
      {range && (
        <>
          <dt>{t('terrain.heights')}</dt>
          <dd>
            {n(range.minM, 1)} … {n(range.maxM, 1)} m
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * The elevation model dialog: reading the chosen files (progress, cancel), then per model its facts, the DTM/DSM
 * choice (from the names, or set by the user: the files are read again) with what it means, warnings and problems.
 */
export function TerrainDialog() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const kindId = useId();
  const preview = useApp((s) => s.coverage.terrainPreview);
  if (!preview) return null;
  const { result } = preview;
  const ok = result?.ok === true;
  const reading = preview.progress !== null;
  const percent = Math.round((preview.progress ?? 0) * 100);
  const actions = (
    <>
      {ok && !reading && (
        <button type="button" className="button button--primary" onClick={acceptTerrain}>
          {t('terrain.use')}
        </button>
      )}
      <button type="button" className="button" onClick={closeTerrainPreview}>
        {t('dialog.cancel')}
      </button>
    </>
  );
  const kindChoice = (
    <div className="field">
      <label htmlFor={kindId}>{t('terrain.kindChoice')}</label>
      <select
        id={kindId}
        value={preview.kind}
        disabled={reading}
        onChange={(e) => setTerrainPreviewKind(e.target.value as 'auto' | 'DTM' | 'DSM')}
      >
        <option value="auto">{t('terrain.kind.auto')}</option>
        <option value="DTM">{t('terrain.kind.DTM')}</option>
        <option value="DSM">{t('terrain.kind.DSM')}</option>
      </select>
    </div>
  );
  let body = (
    <>
      <p role="status">{t('terrain.readingFiles', { files: formatNumber(preview.fileCount, lang) })}</p>
      <ProgressBar label={t('terrain.progress')} percent={percent} />
    </>
  );
  if (!reading && result && !result.ok) {
    body = (
      <>
        {kindChoice}
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
  } else if (!reading && result?.ok) {
    const { models, summaries } = result.value;
    body = (
      <>
        {kindChoice}
        {summaries.map((summary) => {
          const dem = summary.kind === 'DSM' ? models.dsm : models.dtm;
          return dem ? (
            <section key={summary.kind} aria-label={summary.kind}>
              <h3>{t('terrain.modelHeading', { kind: summary.kind })}</h3>
              <ModelFacts dem={dem} summary={summary} />
              <p className="muted">{t(`terrain.kindHelp.${summary.kind}`)}</p>
            </section>
          ) : null;
        })}
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
      tone={!reading && result && !result.ok ? 'error' : 'normal'}
    >
      {body}
    </Dialog>
  );
}
