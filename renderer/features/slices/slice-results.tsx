import { useMemo } from 'react';
import { formatNumber } from '../../i18n/format-number';
import type { Feasibility, SlicePlan } from '../../../core/slices';
import { useT } from '../../i18n/use-t';
import { updateRequestDraft } from '../../state/request-actions';
import { slicePlanInputsHash } from '../../state/slices-plan';
import { useApp } from '../../state/store';
import { useProjectTerms } from '../../terms/use-terms';
import { DemandCapacityChart, SpectralEfficiencyChart } from './slice-charts';
import { SinrDistributionChart } from './sinr-chart';
import { calculateSlicePlan } from './slices-flow';

const STATUS_ICON: Record<Feasibility, string> = { feasible: '✓', conditional: '⚠', infeasible: '✕' };

/** Status in words with an icon and colour (never colour alone). */
function StatusLabel({ status }: { status: Feasibility }) {
  const t = useT();
  return (
    <span className={`slice-status slice-status--${status}`}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(`slices.status.${status}`)}
    </span>
  );
}

/** The plan: bandwidth to request, the per-slice table, "use in lease request" and the charts. */
function PlanView({ plan, tddPattern }: { plan: SlicePlan; tddPattern: string }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const showToast = useApp((s) => s.showToast);
  const { profile } = useProjectTerms();
  const n = (v: number) => formatNumber(v, lang);
  const requestMHz = plan.bandwidthMHz ?? plan.conditionalBandwidthMHz;
  const conditional = plan.bandwidthMHz === null && plan.conditionalBandwidthMHz !== null;
  const range = profile.leasableRange.value;
  const useInRequest = () => {
    if (requestMHz === null) return;
    if (!range) return showToast(t('slices.noRange'));
    const frequency = { fromMHz: range.toMHz - requestMHz, toMHz: range.toMHz };
    dispatch(updateRequestDraft, { frequency });
    showToast(t('slices.usedInRequest', { from: n(frequency.fromMHz), to: n(frequency.toMHz) }));
  };
  return (
    <>
      <div
        className={`slice-headline${requestMHz === null ? ' slice-headline--none' : ''}`}
        role="group"
        aria-label={t('slices.requestLabel')}
      >
        <span className="slice-headline__label">{t('slices.requestLabel')}</span>
        {requestMHz === null ? (
          <strong>
            <span aria-hidden="true">✕</span> {t('slices.noBandwidth')}
          </strong>
        ) : (
          <strong className="slice-headline__value">
            {n(requestMHz)} MHz
            {conditional && <span className="slice-headline__reservation"> {t('slices.withReservation')}</span>}
          </strong>
        )}
        {conditional && <span className="muted">{t('slices.reservationHelp')}</span>}
        <span className="muted">
          {t('slices.assessed', {
            bw: n(plan.assessedBandwidthMHz),
            tdd: tddPattern,
            list: plan.allowedBandwidthsMHz.map(n).join(', '),
          })}
        </span>
        {requestMHz !== null && (
          <button type="button" className="button" onClick={useInRequest}>
            {t('slices.useInRequest')}
          </button>
        )}
      </div>
      <table className="data-table slice-table">
        <caption>{t('slices.table')}</caption>
        <colgroup>
          <col className="slice-table__name" />
          <col className="slice-table__status" />
          <col className="slice-table__factor" />
          <col className="slice-table__coverage" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('slices.col.slice')}</th>
            <th scope="col">{t('slices.col.status')}</th>
            <th scope="col">{t('slices.col.factor')}</th>
            <th scope="col">{t('slices.col.coverage')}</th>
            <th scope="col">{t('slices.col.hint')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.slices.map((s) => (
            <tr key={s.sliceId}>
              <th scope="row">{s.name}</th>
              <td>
                <StatusLabel status={s.status} />
              </td>
              <td>{s.limitingFactor ? t(`slices.factor.${s.limitingFactor}`) : '—'}</td>
              <td>
                {t('slices.coverageAt', {
                  pct: formatNumber(s.coverageShare * 100, lang),
                  height: formatNumber(s.rxHeightM, lang, s.rxHeightM < 10 ? 1 : 0),
                })}
              </td>
              <td>{s.hint?.[lang] ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('slices.charts')}</h3>
      <DemandCapacityChart plan={plan} />
      <SpectralEfficiencyChart plan={plan} />
      <SinrDistributionChart plan={plan} />
    </>
  );
}

/** "Beregn" with its busy state, the stale notice, and the last plan or its problems. */
export function SliceResults() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const state = useApp((s) => s.slicePlan);
  const { profile } = useProjectTerms();
  const hash = useMemo(() => slicePlanInputsHash(project, profile), [project, profile]);
  const stale = state.result !== null && state.inputsHash !== hash;
  return (
    <section className="slice-results" aria-labelledby="slice-results-title" aria-busy={state.busy}>
      <h3 id="slice-results-title">{t('slices.results')}</h3>
      <div className="terms-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={state.busy || project.slices.length === 0}
          onClick={calculateSlicePlan}
        >
          {t('slices.calculate')}
        </button>
        {state.busy && (
          <span className="busy" role="status">
            {t('slices.calculating')}
          </span>
        )}
      </div>
      {stale && !state.busy && (
        <p className="notice notice--warning" role="status">
          {t('slices.stale')}
        </p>
      )}
      {state.result && !state.result.ok && (
        <div className="notice notice--error" role="alert">
          <p>{t('slices.problems')}</p>
          <ul>
            {state.result.problems.map((p, i) => (
              <li key={i}>
                {p.message[lang]}
                {p.hint && ` ${p.hint[lang]}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.result?.ok && (
        <div className={stale ? 'slice-results--stale' : undefined}>
          <PlanView plan={state.result.plan} tddPattern={project.request.tddPattern} />
        </div>
      )}
    </section>
  );
}
