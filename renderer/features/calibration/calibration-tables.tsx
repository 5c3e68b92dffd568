import { formatNumber } from '../../../core/geo/format';
import type { CalibrationStats, ErrorStats } from '../../../core/calibration';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

interface Row {
  key: string;
  label: string;
  stats: ErrorStats;
}

/** One statistics table: a row per group with n, mean error, σ and RMSE (dB). */
function StatsTable({ title, rows }: { title: string; rows: Row[] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const db = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 1));
  return (
    <table className="coverage-table calibration-table" aria-label={title}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calibration.col.group')}</th>
          <th scope="col">{t('calibration.col.n')}</th>
          <th scope="col">{t('calibration.col.mean')}</th>
          <th scope="col">{t('calibration.col.std')}</th>
          <th scope="col">{t('calibration.col.rmse')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{formatNumber(row.stats.n, lang)}</td>
            <td>{db(row.stats.meanErrorDb)}</td>
            <td>{db(row.stats.stdDb)}</td>
            <td>{db(row.stats.rmseDb)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The comparison's tables: all and per model (plus the residuals under the stored calibration), per cell, per distance. */
export function CalibrationTables({ stats, after }: { stats: CalibrationStats; after: ErrorStats | null }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const cellName = (cellId: string) => {
    for (const site of project.sites) {
      const index = site.cells.findIndex((c) => c.id === cellId);
      if (index >= 0) return `${site.name} ${index + 1}`;
    }
    return cellId;
  };
  const km = (m: number) => (m >= 1000 ? `${formatNumber(m / 1000, lang, m % 1000 ? 1 : 0)} km` : `${m} m`);
  const overall: Row[] = [
    { key: 'all', label: t('calibration.all'), stats: stats.overall },
    ...stats.byModel.map((m) => ({ key: m.model, label: m.model, stats: m })),
    ...(after ? [{ key: 'after', label: t('calibration.afterStored'), stats: after }] : []),
  ];
  return (
    <>
      <p className="muted">{t('calibration.caption')}</p>
      <StatsTable title={t('calibration.table.overall')} rows={overall} />
      <StatsTable
        title={t('calibration.table.cells')}
        rows={stats.byCell.map((c) => ({ key: c.cellId, label: cellName(c.cellId), stats: c }))}
      />
      <StatsTable
        title={t('calibration.table.distance')}
        rows={stats.byDistance.map((b) => ({
          key: String(b.fromM),
          label: b.toM === null ? `> ${km(b.fromM)}` : `${km(b.fromM)}–${km(b.toM)}`,
          stats: b,
        }))}
      />
      {stats.excludedTotal > 0 && (
        <>
          <p>{t('calibration.excluded', { count: formatNumber(stats.excludedTotal, lang) })}</p>
          <ul className="calibration-reasons">
            {Object.entries(stats.excluded)
              .filter(([, count]) => count > 0)
              .map(([reason, count]) => (
                <li key={reason}>
                  {t(`calibration.reason.${reason}` as MessageKey)}: {formatNumber(count, lang)}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
