import { StepFindings } from './step-review';
import { assessRequestDate, obligationWindow } from '../../../core/terms/window';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { ReadOnly } from '../inspector/fields';
import { SourcedBadge, UnverifiedBadge } from './badges';
import { DraftDate, DraftText, useDraftEdit } from './draft-fields';
import { humanizeDates, showDate } from './request-format';
import type { RequestModel } from './use-request-model';

/** The obligation-window status of the request date, said plainly, with a badge when it rests on unverified values. */
export function WindowStatus({ model }: { model: RequestModel }) {
  const lang = useApp((s) => s.lang);
  const assessment = assessRequestDate(model.profile, model.draft.requestDate, model.draft.declaredInterest);
  const tone =
    assessment.status === 'inside-obligation-window' || assessment.status === 'no-obligation' ? 'info' : 'warning';
  return (
    <p className={`notice notice--${tone}`} role="note">
      {humanizeDates(assessment.message[lang], lang)} {!assessment.verified && <UnverifiedBadge />}
    </p>
  );
}

/** Step 4: the lease period (dd.mm.yyyy), the licence term and whether the request is inside the obligation window. */
export function StepPeriod({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const edit = useDraftEdit();
  const { profile, draft } = model;
  const stored = model.project.request.period;
  const term = profile.licenceTerm.value;
  const window = obligationWindow(profile);
  const declared = model.project.request.declaredInterest;
  return (
    <>
      <div className="field-row">
        <DraftDate
          label={t('request.periodFrom')}
          value={stored.from}
          defaultIso={draft.period.from}
          onValue={(from) => edit({ period: { from } }, 'period.from')}
        />
        <DraftDate
          label={t('request.periodTo')}
          value={stored.to}
          defaultIso={draft.period.to}
          onValue={(to) => edit({ period: { to } }, 'period.to')}
        />
      </div>
      <ReadOnly label={t('request.licenceTerm')}>
        {term ? `${term.from ? showDate(term.from, lang) : '…'} – ${showDate(term.to, lang)}` : '—'}{' '}
        <SourcedBadge verified={profile.licenceTerm.verified} published={term !== null} />
      </ReadOnly>
      {window && (
        <ReadOnly label={t('request.obligationWindow')}>
          {showDate(window.from, lang)} – {showDate(window.to, lang)}{' '}
          <SourcedBadge verified={profile.obligationWindowYears.verified && profile.licenceTerm.verified} published />
        </ReadOnly>
      )}
      <ReadOnly label={t('request.requestDate')}>{showDate(draft.requestDate, lang)}</ReadOnly>
      {window && (
        <div className="field-row">
          <DraftDate
            label={t('request.declaredInterest')}
            value={declared.date}
            defaultIso={draft.requestDate}
            emptyHelp={t('request.declaredInterestHelp')}
            onValue={(date) => edit({ declaredInterest: { ...declared, date } }, 'declaredInterest.date')}
          />
          <DraftText
            label={t('request.declaredInterestRef')}
            value={declared.reference}
            onChange={(reference) =>
              edit({ declaredInterest: { ...declared, reference } }, 'declaredInterest.reference')
            }
          />
        </div>
      )}
      <WindowStatus model={model} />
      <StepFindings model={model} prefixes={['period.', 'date.', 'declared-interest.']} />
    </>
  );
}
