import { StepFindings } from './step-review';
import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { ReadOnly } from '../inspector/fields';
import { SourcedBadge } from './badges';
import { DraftNumber, DraftText, useDraftEdit } from './draft-fields';
import type { RequestModel } from './use-request-model';

/** Step 3: requested frequencies against the profile's leasable range and raster; TDD frame and sync. */
export function StepSpectrum({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const edit = useDraftEdit();
  const { profile, draft } = model;
  const range = profile.leasableRange.value;
  const raster = profile.blockRasterMHz.value;
  const n = (v: number) => formatNumber(v, lang);
  const setFrequency = (change: Partial<{ fromMHz: number; toMHz: number }>) =>
    edit({ frequency: { ...draft.frequency, ...change } }, `frequency.${Object.keys(change)[0] ?? ''}`);
  return (
    <>
      <ReadOnly label={t('request.leasableRange')}>
        {range ? `${n(range.fromMHz)}–${n(range.toMHz)} MHz` : '—'}{' '}
        <SourcedBadge verified={profile.leasableRange.verified} published={range !== null} />
      </ReadOnly>
      <ReadOnly label={t('request.blockRaster')}>
        {raster !== null ? `${n(raster)} MHz` : '—'}{' '}
        <SourcedBadge verified={profile.blockRasterMHz.verified} published={raster !== null} />
      </ReadOnly>
      <div className="field-row">
        <DraftNumber
          label={t('request.fromMHz')}
          value={draft.frequency.fromMHz}
          fractionDigits={1}
          min={1}
          onValue={(fromMHz) => setFrequency({ fromMHz })}
        />
        <DraftNumber
          label={t('request.toMHz')}
          value={draft.frequency.toMHz}
          fractionDigits={1}
          min={1}
          onValue={(toMHz) => setFrequency({ toMHz })}
        />
      </div>
      <p>
        {t('request.bandwidth')}: <strong>{n(draft.frequency.toMHz - draft.frequency.fromMHz)} MHz</strong>
        {model.project.request.frequency === null && <span className="muted"> · {t('request.wholeRange')}</span>}
      </p>
      {model.project.request.frequency !== null && (
        <button type="button" className="button" onClick={() => edit({ frequency: null }, 'frequency.reset')}>
          {t('request.useWholeRange')}
        </button>
      )}
      <DraftText
        label={t('request.tddPattern')}
        value={model.project.request.tddPattern}
        help={t('request.tddHelp')}
        error={model.project.request.tddPattern.trim() === '' ? t('request.tddEmpty') : null}
        onChange={(tddPattern) => tddPattern.trim() !== '' && edit({ tddPattern }, 'tddPattern')}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={model.project.request.synchronised}
          onChange={(e) => edit({ synchronised: e.target.checked }, 'synchronised')}
        />
        {t('request.synchronised')}
      </label>
      <StepFindings model={model} prefixes={['frequency.', 'bandwidth.', 'carrier.']} />
    </>
  );
}
