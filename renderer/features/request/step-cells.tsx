import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import { tuneCellsToRequest } from '../../state/request-actions';
import { useApp } from '../../state/store';
import type { RequestModel } from './use-request-model';

/** Step 5: the planned cells with carrier, EIRP against the limit, and whether each lies in the area and the requested range. */
export function StepCells({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const { doc, profile, draft } = model;
  const limit = profile.nonAasEirpDbmPer5MHz.value;
  const ids = new Set(doc.machine.findings.map((f) => f.id));
  if (doc.cells.length === 0) return <p className="notice notice--warning">{t('request.noCells')}</p>;
  const hasArea = doc.leaseArea !== null;
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const range = `${n(draft.frequency.fromMHz)}–${n(draft.frequency.toMHz)} MHz`;
  const outOfRange = doc.cells.some((c) => ids.has(`carrier.outside.${c.id}`));
  return (
    <>
      <p className="muted">
        {limit !== null ? t('request.eirpLimit', { limit: n(limit) }) : t('request.eirpLimitUnknown')}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t('request.cellsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('request.col.cell')}</th>
            <th scope="col">{t('request.col.azimuth')}</th>
            <th scope="col">{t('request.col.carrier')}</th>
            <th scope="col">{t('request.col.eirp')}</th>
            <th scope="col">{t('request.col.inside')}</th>
            <th scope="col">{t('request.col.inRange')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.cells.map((c) => {
            const over = limit !== null && c.eirpDbmPer5MHz > limit;
            const inside = hasArea && !ids.has(`area.cell-outside.${c.id}`);
            const inRange = !ids.has(`carrier.outside.${c.id}`);
            return (
              <tr key={c.id}>
                <td>
                  {c.label}
                  <br />
                  <span className="muted">{c.siteKindLabel}</span>
                </td>
                <td>{c.azimuthDeg === null ? t('field.omni') : `${n(c.azimuthDeg)}°`}</td>
                <td className={inRange ? undefined : 'is-bad'}>
                  {n(c.frequencyMHz, 1)} MHz / {n(c.bandwidthMHz)} MHz
                </td>
                <td className={over ? 'is-bad' : undefined}>
                  {n(c.eirpDbmPer5MHz, 1)} dBm/5 MHz{over && ` ✖ ${t('request.overLimit')}`}
                </td>
                <td className={inside ? undefined : 'is-bad'}>
                  {inside ? `✓ ${t('request.yes')}` : `✗ ${hasArea ? t('request.no') : t('request.noArea')}`}
                </td>
                <td className={inRange ? undefined : 'is-bad'}>
                  {inRange ? `✓ ${t('request.yes')}` : `✗ ${t('request.no')}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {outOfRange && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() =>
              dispatch(tuneCellsToRequest, { fromMHz: draft.frequency.fromMHz, toMHz: draft.frequency.toMHz })
            }
          >
            {t('request.tuneCells')}
          </button>{' '}
          <span className="muted">{t('request.tuneCellsHelp', { range })}</span>
        </p>
      )}
    </>
  );
}
