import { useRef } from 'react';
import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import type { CoverageResult } from '../../state/coverage-state';
import { useApp } from '../../state/store';
import { clearTerrain, previewTerrainFileList } from './coverage-flow';
import { formatShare } from './coverage-stats';

/**
 * The coverage panel's terrain lines: the loaded models (kind, source, files, resolution, remove), the rule they
 * apply, the last run's share of the area with elevation data, and buttons to load a folder of tiles or files.
 */
export function TerrainLine({ result }: { result: CoverageResult | null }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const terrain = useApp((s) => s.coverage.terrain);
  const folder = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const models = terrain ? [terrain.dtm, terrain.dsm].filter((m) => m !== null) : [];
  const mode = terrain?.dtm && terrain.dsm ? 'DSM+DTM' : terrain?.dsm ? 'DSM' : terrain?.dtm ? 'DTM' : null;
  const used = result?.terrain ?? null;
  return (
    <div className="coverage-terrain">
      <p>
        <strong>{t('coverage.terrain')}:</strong>{' '}
        {models.length === 0 && <span className="muted">{t('coverage.terrainNone')}</span>}
      </p>
      {models.length > 0 && (
        <ul className="coverage-terrain__models">
          {models.map((m) => (
            <li key={m.summary.kind}>
              {t('terrain.modelLine', {
                kind: m.summary.kind,
                name: m.name,
                files: formatNumber(m.summary.files, lang),
                res: formatNumber(m.summary.resolutionM, lang, Number.isInteger(m.summary.resolutionM) ? 0 : 2),
              })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => clearTerrain(m.summary.kind === 'DSM' ? 'dsm' : 'dtm')}
              >
                {t('terrain.removeOne', { kind: m.summary.kind })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {mode && <p className="muted">{t(`terrain.rule.${mode}`)}</p>}
      {used && (
        <p role="status" className="coverage-terrain__result">
          {t('terrain.resultLine', {
            mode: used.mode,
            files: formatNumber(used.files, lang),
            share: formatShare(used.coveredShare, lang),
          })}
        </p>
      )}
      <div className="coverage-terrain__pick">
        <button type="button" className="button" onClick={() => folder.current?.click()}>
          {t('terrain.pickFolder')}
        </button>
        <button type="button" className="button" onClick={() => files.current?.click()}>
          {t('terrain.pickFiles')}
        </button>
        <input
          ref={(el) => {
            folder.current = el;
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          hidden
          aria-label={t('terrain.folderInput')}
          onChange={(e) => {
            if (e.target.files && e.target.files.length > 0) previewTerrainFileList(e.target.files);
            e.target.value = '';
          }}
        />
        <input
          ref={files}
          type="file"
          multiple
          hidden
          accept=".tif,.tiff,.vrt"
          aria-label={t('terrain.filesInput')}
          onChange={(e) => {
            if (e.target.files && e.target.files.length > 0) previewTerrainFileList(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
