import { StepFindings } from './step-review';
import { areaKm2Ellipsoidal, areaKm2Utm32 } from '../../../core/geo/measure';
import { formatNumber } from '../../../core/geo/format';
import type { StoredRequestDraft } from '../../../core/request/draft';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { ReadOnly, SelectField } from '../inspector/fields';
import { DraftNumber, DraftText, useDraftEdit } from './draft-fields';
import type { RequestModel } from './use-request-model';

const NONE = '';

/**
 * Step 2: the lease area (or, for Ofcom, the 50 m circles), its size, and what the regime asks about the property:
 * the use right and a1/a2 split with its source (BNetzA), the property designation and indoor/outdoor (PTS).
 */
export function StepArea({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const edit = useDraftEdit();
  const stored = model.project.request;
  const asks = (id: string) => model.profile.requestFields.some((f) => f.id === id);
  const leaseAreas = model.project.areas.filter((a) => a.kind === 'lease');
  const area = leaseAreas.find((a) => a.id === model.draft.leaseAreaId) ?? null;
  const bnetza = model.profile.fee.value?.model === 'bnetza-area';
  const circles = model.profile.areaModel?.value?.kind === 'circle-per-base-station';
  const areaKm2 = area ? areaKm2Utm32(area.geometry) : 0;
  return (
    <>
      {leaseAreas.length === 0 && !circles ? (
        <p className="notice notice--warning">{t('request.noLeaseAreas')}</p>
      ) : (
        <SelectField
          label={t('request.leaseArea')}
          value={area?.id ?? NONE}
          options={[
            ...(circles
              ? [{ value: NONE, label: t('request.circlesOnly') }]
              : area
                ? []
                : [{ value: NONE, label: t('request.chooseArea') }]),
            ...leaseAreas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          onCommit={(id) => edit({ leaseAreaId: id || null }, 'leaseAreaId')}
        />
      )}
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
      {asks('useRight') && (
        <>
          <SelectField
            label={t('request.useRight')}
            value={stored.useRight.kind ?? NONE}
            options={[
              { value: NONE, label: t('request.useRight.none') },
              { value: 'owner', label: t('request.useRight.owner') },
              { value: 'tenant', label: t('request.useRight.tenant') },
              { value: 'commissioned', label: t('request.useRight.commissioned') },
            ]}
            onCommit={(kind) =>
              edit(
                { useRight: { ...stored.useRight, kind: (kind || null) as StoredRequestDraft['useRight']['kind'] } },
                'useRight.kind',
              )
            }
          />
          <DraftText
            label={t('request.useRightStatement')}
            value={stored.useRight.statement}
            onChange={(statement) => edit({ useRight: { ...stored.useRight, statement } }, 'useRight.statement')}
          />
        </>
      )}
      {asks('propertyDesignation') && (
        <DraftText
          label={t('request.propertyDesignation')}
          value={stored.propertyDesignation}
          required
          onChange={(propertyDesignation) => edit({ propertyDesignation }, 'propertyDesignation')}
        />
      )}
      {asks('indoorOutdoor') && (
        <SelectField
          label={t('request.indoorOutdoor')}
          value={stored.indoorOutdoor ?? NONE}
          options={[
            { value: NONE, label: t('request.indoorOutdoor.none') },
            { value: 'indoor', label: t('request.indoorOutdoor.indoor') },
            { value: 'outdoor', label: t('request.indoorOutdoor.outdoor') },
            { value: 'both', label: t('request.indoorOutdoor.both') },
          ]}
          onCommit={(v) => edit({ indoorOutdoor: (v || null) as StoredRequestDraft['indoorOutdoor'] }, 'indoorOutdoor')}
        />
      )}
      {bnetza && (
        <>
          <DraftNumber
            label={t('request.settlementKm2')}
            value={stored.settlementKm2}
            fractionDigits={3}
            min={0}
            max={Math.max(areaKm2, stored.settlementKm2)}
            help={t('request.settlementHelp')}
            onValue={(settlementKm2) => edit({ settlementKm2 }, 'settlementKm2')}
          />
          <DraftText
            label={t('request.settlementSource')}
            value={stored.settlementSource}
            onChange={(settlementSource) => edit({ settlementSource }, 'settlementSource')}
          />
        </>
      )}
      <StepFindings model={model} prefixes={['area.']} />
    </>
  );
}
