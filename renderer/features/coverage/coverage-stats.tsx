import { cellLabel } from '../../../core/project/labels';
import { formatNumber } from '../../i18n/format-number';
import { useT } from '../../i18n/use-t';
import type { CoverageResult } from '../../state/coverage-state';
import { useApp } from '../../state/store';

/** Percentage in the UI language (Danish: "21,8 %"). */
export function formatShare(share: number, lang: 'da' | 'en'): string {
  return `${formatNumber(share * 100, lang, 1)} %`;
}

/** Statistics of a result: shares per threshold, served km² per cell, sites not covered, corridors. */
export function CoverageStatsView({ result }: { result: CoverageResult }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const focus = useApp((s) => s.focus);
  const { stats } = result;
  const cellName = (cellId: string) => cellLabel(project, cellId, lang);
  const notCovered = result.sites.filter((s) => !s.covered);
  const dbm = (v: number | null) => (v === null ? t('coverage.noServer') : `${formatNumber(v, lang, 1)} dBm`);
  return (
    <section className="coverage-results" aria-labelledby="coverage-results-title">
      <h3 id="coverage-results-title">{t('coverage.results')}</h3>
      <table className="coverage-table" aria-label={t('coverage.sharesTable')}>
        <caption>{t('coverage.sharesCaption', { area: formatNumber(stats.areaKm2, lang, 1) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.col.threshold')}</th>
            <th scope="col">{t('coverage.col.share')}</th>
            <th scope="col">{t('coverage.col.area')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.rsrp.map((row) => (
            <tr key={`r${row.threshold}`}>
              <th scope="row">RSRP ≥ {formatNumber(row.threshold, lang)} dBm</th>
              <td>{formatShare(row.share, lang)}</td>
              <td>{formatNumber(row.areaKm2, lang, 1)}</td>
            </tr>
          ))}
          {stats.sinr.map((row) => (
            <tr key={`s${row.threshold}`}>
              <th scope="row">SINR ≥ {formatNumber(row.threshold, lang)} dB</th>
              <td>{formatShare(row.share, lang)}</td>
              <td>{formatNumber(row.areaKm2, lang, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="coverage-table" aria-label={t('coverage.served')}>
        <caption>{t('coverage.served')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.col.cell')}</th>
            <th scope="col">{t('coverage.col.servedKm2')}</th>
            <th scope="col">{t('coverage.col.servedTotalKm2')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.servedByCell.map((row) => (
            <tr key={row.cellId}>
              <th scope="row">{cellName(row.cellId)}</th>
              <td>{formatNumber(row.servedInAreaKm2, lang, 1)}</td>
              <td>{formatNumber(row.servedKm2, lang, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 id="coverage-sites-title">
        {t('coverage.sitesNotCovered')} <span className="count">{notCovered.length}</span>
      </h4>
      {notCovered.length === 0 ? (
        <p className="muted">{t('coverage.allSitesCovered')}</p>
      ) : (
        <ul className="object-list" aria-labelledby="coverage-sites-title">
          {notCovered.map((s) => (
            <li key={s.siteId}>
              <button type="button" className="object-button" onClick={() => focus(s.siteId)}>
                {s.name} <span className="muted">({dbm(s.rsrpDbm)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {result.corridors.length > 0 && (
        <>
          <h4 id="coverage-corridors-title">{t('coverage.corridors')}</h4>
          <ul className="coverage-corridors" aria-labelledby="coverage-corridors-title">
            {result.corridors.map((c) => (
              <li key={c.corridorId}>
                <strong>{project.corridors.find((x) => x.id === c.corridorId)?.name ?? c.corridorId}</strong>
                <br />
                {t('coverage.corridorRow', {
                  share: formatShare(c.shareCovered, lang),
                  altitude: formatNumber(c.altitudeM, lang),
                  worst: dbm(c.worstRsrpDbm),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.raster.warnings.length > 0 && (
        <details className="coverage-warnings">
          <summary>
            {t('coverage.warnings')} ({result.raster.warnings.length})
          </summary>
          <ul>
            {result.raster.warnings.map((w, i) => (
              <li key={i}>{w[lang]}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
