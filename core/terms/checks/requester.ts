import { lt } from '../../i18n/localized';
import { isValidCvr } from '../cvr';
import { isValidEan13, isValidSwedishOrgNumber } from '../identifiers';
import type { TermsProfile } from '../schema';
import { finding, type Finding, type LeaseRequestInput } from './types';

/** The value of a request field by its id: requester data first, then the other fields the wizard collects. */
function fieldValue(input: LeaseRequestInput, id: string): string | undefined {
  const r = input.requester;
  const requester: Record<string, string | undefined> = {
    requesterName: r.name,
    cvr: r.cvr,
    ean: r.ean,
    organisationNumber: r.organisationNumber,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    address: r.address,
  };
  return id in requester ? requester[id] : input.fieldValues?.[id];
}

/** The profile's required fields are present (an empty purpose never reaches a document), and identifiers check out. */
export function checkRequester(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  for (const field of profile.requestFields) {
    const value = fieldValue(input, field.id);
    if (field.required && value !== undefined && value.trim() === '')
      out.push(
        finding(
          `requester.${field.id}`,
          'blocking',
          true,
          lt(`${field.label.da} mangler.`, `${field.label.en} is missing.`),
          lt('Udfyld feltet i guiden (trin 1).', 'Fill in the field in the wizard (step 1).'),
        ),
      );
  }
  const asks = (id: string) => profile.requestFields.some((f) => f.id === id);
  const r = input.requester;
  if (asks('cvr') && r.cvr.trim() && !isValidCvr(r.cvr))
    out.push(
      finding(
        'requester.cvr-invalid',
        'blocking',
        true,
        lt(
          `CVR-nummeret ${r.cvr} er ugyldigt (8 cifre med modulus 11-kontrol).`,
          `The CVR number ${r.cvr} is invalid (8 digits with a modulus-11 check).`,
        ),
      ),
    );
  if (asks('ean') && r.ean?.trim() && !isValidEan13(r.ean))
    out.push(
      finding(
        'requester.ean-invalid',
        'blocking',
        true,
        lt(
          `EAN-nummeret ${r.ean} er ugyldigt (13 cifre med GS1-kontrolciffer).`,
          `The EAN number ${r.ean} is invalid (13 digits with a GS1 check digit).`,
        ),
      ),
    );
  if (asks('organisationNumber') && r.organisationNumber?.trim() && !isValidSwedishOrgNumber(r.organisationNumber))
    out.push(
      finding(
        'requester.organisation-number-invalid',
        'blocking',
        true,
        lt(
          `Organisationsnummeret ${r.organisationNumber} er ugyldigt (10 cifre med Luhn-kontrolciffer).`,
          `The organisation number ${r.organisationNumber} is invalid (10 digits with a Luhn check digit).`,
        ),
      ),
    );
  if (r.contactEmail.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r.contactEmail))
    out.push(
      finding(
        'requester.email-invalid',
        'blocking',
        true,
        lt('E-mailadressen er ugyldig.', 'The email address is invalid.'),
      ),
    );
  return out;
}
