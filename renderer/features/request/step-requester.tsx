import { isValidCvr } from '../../../core/terms/cvr';
import { useT } from '../../i18n/use-t';
import { DraftText, useDraftEdit } from './draft-fields';
import { isPlausibleEmail } from './request-format';
import type { RequestModel } from './use-request-model';

/** Step 1: who asks: name, CVR (validated live, modulus 11), contact, address, purpose. */
export function StepRequester({ model }: { model: RequestModel }) {
  const t = useT();
  const edit = useDraftEdit();
  const r = model.project.request.requester;
  const cvr = r.cvr.trim();
  const cvrError =
    cvr !== '' && cvr.replace(/\s/g, '').length >= 8 && !isValidCvr(cvr) ? t('request.cvrInvalid') : null;
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
      <DraftText
        label={t('request.cvr')}
        value={r.cvr}
        required
        error={cvrError}
        help={t('request.cvrHelp')}
        onChange={(value) => edit({ requester: { cvr: value } }, 'requester.cvr')}
      />
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
        onChange={(contactPhone) => edit({ requester: { contactPhone } }, 'requester.contactPhone')}
      />
      <DraftText
        label={t('request.address')}
        value={r.address}
        required
        onChange={(address) => edit({ requester: { address } }, 'requester.address')}
      />
      <DraftText
        label={t('request.purpose')}
        value={model.project.request.purpose}
        multiline
        help={
          model.draft.services.length > 0
            ? t('request.servicesFromSlices', { count: model.draft.services.length })
            : null
        }
        onChange={(purpose) => edit({ purpose }, 'purpose')}
      />
    </>
  );
}
