import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import type { RequestModel } from './use-request-model';

/** Step 5: the planned cells with EIRP against the profile's limit and whether each lies inside the lease area. */
export function StepCells({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { doc, profile } = model;
  const limit = profile.nonAasEirpDbmPer5MHz.value;
  const outside = new Set(
    doc.machine.findings.filter((f) => f.id.startsWith('area.cell-outside.')).map((f) => f.id.slice(18)),
  );
  if (doc.cells.length === 0) return <p className="notice notice--warning">{t('request.noCells')}</p>;
  const hasArea = doc.leaseArea !== null;
  return (
    <>
      <p className="muted">
        {limit !== null ? t('request.eirpLimit', { limit: formatNumber(limit, lang) }) : t('request.eirpLimitUnknown')}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t('request.cellsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('request.col.site')}</th>
            <th scope="col">{t('request.col.cell')}</th>
            <th scope="col">{t('request.col.azimuth')}</th>
            <th scope="col">{t('request.col.eirp')}</th>
            <th scope="col">{t('request.col.inside')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.cells.map((c) => {
            const over = limit !== null && c.eirpDbmPer5MHz > limit;
            const inside = hasArea && !outside.has(c.id);
            return (
              <tr key={c.id}>
                <td>{c.siteName}</td>
                <td>{c.id}</td>
                <td>{c.azimuthDeg === null ? t('field.omni') : `${formatNumber(c.azimuthDeg, lang)}°`}</td>
                <td className={over ? 'is-bad' : undefined}>
                  {formatNumber(c.eirpDbmPer5MHz, lang, 1)} dBm/5 MHz{over && ` ⛔ ${t('request.overLimit')}`}
                </td>
                <td className={inside ? undefined : 'is-bad'}>
                  {inside ? `✓ ${t('request.yes')}` : `✗ ${hasArea ? t('request.no') : t('request.noArea')}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
