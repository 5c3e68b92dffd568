import { areaKm2Ellipsoidal, areaKm2Utm32 } from '../../../core/geo/measure';
import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { ReadOnly, SelectField } from '../inspector/fields';
import { DraftNumber, useDraftEdit } from './draft-fields';
import type { RequestModel } from './use-request-model';

/** Step 2: the lease area (from the project's lease areas), its size, and BNetzA settlement land when needed. */
export function StepArea({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const edit = useDraftEdit();
  const leaseAreas = model.project.areas.filter((a) => a.kind === 'lease');
  const area = leaseAreas.find((a) => a.id === model.draft.leaseAreaId) ?? null;
  const bnetza = model.profile.fee.value?.model === 'bnetza-area';
  if (leaseAreas.length === 0) return <p className="notice notice--warning">{t('request.noLeaseAreas')}</p>;
  const areaKm2 = area ? areaKm2Utm32(area.geometry) : 0;
  return (
    <>
      <SelectField
        label={t('request.leaseArea')}
        value={area?.id ?? ''}
        options={[
          ...(area ? [] : [{ value: '', label: t('request.chooseArea') }]),
          ...leaseAreas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        onCommit={(id) => edit({ leaseAreaId: id || null }, 'leaseAreaId')}
      />
      {area && (
        <>
          <ReadOnly label={t('field.areaUtm')}>{formatNumber(areaKm2, lang, 3)} km²</ReadOnly>
          <ReadOnly label={t('field.areaEllipsoid')}>
            {formatNumber(areaKm2Ellipsoidal(area.geometry), lang, 3)} km²
          </ReadOnly>
        </>
      )}
      <p className="muted">
        {t('request.areaBasis')}: {model.profile.areaBasis.value?.[lang] ?? t('terms.unpublished')}
      </p>
      {bnetza && (
        <DraftNumber
          label={t('request.settlementKm2')}
          value={model.project.request.settlementKm2}
          fractionDigits={3}
          min={0}
          max={Math.max(areaKm2, model.project.request.settlementKm2)}
          help={t('request.settlementHelp')}
          onValue={(settlementKm2) => edit({ settlementKm2 }, 'settlementKm2')}
        />
      )}
    </>
  );
}
