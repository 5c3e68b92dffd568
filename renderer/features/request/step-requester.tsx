import { StepFindings } from './step-review';
import { isValidCvr } from '../../../core/terms/cvr';
import { isValidEan13, isValidSwedishOrgNumber } from '../../../core/terms/identifiers';
import { useT } from '../../i18n/use-t';
import { DraftText, useDraftEdit } from './draft-fields';
import { isPlausibleEmail } from './request-format';
import type { RequestModel } from './use-request-model';

/** Step 1: who asks: name, the identifiers the regime asks for (CVR, EAN, organisation or register number), contact, purpose. */
export function StepRequester({ model }: { model: RequestModel }) {
  const t = useT();
  const edit = useDraftEdit();
  const r = model.project.request.requester;
  const asks = (id: string) => model.profile.requestFields.some((f) => f.id === id);
  const required = (id: string) => model.profile.requestFields.some((f) => f.id === id && f.required);
  const complete = (value: string, digits: number) => value.replace(/[\s-]/g, '').length >= digits;
  const cvrError = r.cvr.trim() && complete(r.cvr, 8) && !isValidCvr(r.cvr) ? t('request.cvrInvalid') : null;
  const eanError = r.ean.trim() && complete(r.ean, 13) && !isValidEan13(r.ean) ? t('request.eanInvalid') : null;
  const orgError =
    r.organisationNumber.trim() && complete(r.organisationNumber, 10) && !isValidSwedishOrgNumber(r.organisationNumber)
      ? t('request.organisationNumberInvalid')
      : null;
  const emailError =
    r.contactEmail.trim() !== '' && r.contactEmail.includes('.') && !isPlausibleEmail(r.contactEmail)
      ? t('request.emailInvalid')
      : null;
  return (
    <>
      <DraftText
        label={t('request.requesterName')}
        value={r.name}
        required
        onChange={(name) => edit({ requester: { name } }, 'requester.name')}
      />
      {asks('cvr') && (
        <DraftText
          label={t('request.cvr')}
          value={r.cvr}
          required={required('cvr')}
          error={cvrError}
          help={t('request.cvrHelp')}
          onChange={(cvr) => edit({ requester: { cvr } }, 'requester.cvr')}
        />
      )}
      {asks('ean') && (
        <DraftText
          label={t('request.ean')}
          value={r.ean}
          required={required('ean')}
          error={eanError}
          help={t('request.eanHelp')}
          onChange={(ean) => edit({ requester: { ean } }, 'requester.ean')}
        />
      )}
      {asks('organisationNumber') && (
        <DraftText
          label={t('request.organisationNumber')}
          value={r.organisationNumber}
          required={required('organisationNumber')}
          error={orgError}
          onChange={(organisationNumber) => edit({ requester: { organisationNumber } }, 'requester.organisationNumber')}
        />
      )}
      {asks('registrationNumber') && (
        <DraftText
          label={t('request.registrationNumber')}
          value={r.registrationNumber}
          required={required('registrationNumber')}
          onChange={(registrationNumber) => edit({ requester: { registrationNumber } }, 'requester.registrationNumber')}
        />
      )}
      <DraftText
        label={t('request.contactName')}
        value={r.contactName}
        required
        onChange={(contactName) => edit({ requester: { contactName } }, 'requester.contactName')}
      />
      <DraftText
        label={t('request.contactEmail')}
        value={r.contactEmail}
        type="email"
        required
        error={emailError}
        onChange={(contactEmail) => edit({ requester: { contactEmail } }, 'requester.contactEmail')}
      />
      <DraftText
        label={t('request.contactPhone')}
        value={r.contactPhone}
        type="tel"
        required={required('contactPhone')}
        onChange={(contactPhone) => edit({ requester: { contactPhone } }, 'requester.contactPhone')}
      />
      <DraftText
        label={t('request.address')}
        value={r.address}
        required
        onChange={(address) => edit({ requester: { address } }, 'requester.address')}
      />
      {asks('caseReference') && (
        <DraftText
          label={t('request.caseReference')}
          value={model.project.request.caseReference}
          onChange={(caseReference) => edit({ caseReference }, 'caseReference')}
        />
      )}
      <DraftText
        label={t('request.purpose')}
        value={model.project.request.purpose}
        multiline
        required
        help={
          model.draft.services.length > 0
            ? t('request.servicesFromSlices', { count: model.draft.services.length })
            : null
        }
        onChange={(purpose) => edit({ purpose }, 'purpose')}
      />
      <StepFindings model={model} prefixes={['requester.']} />
    </>
  );
}
