import { lt } from '../../i18n/localized';
import { termsFieldLabel } from '../labels';
import { unverifiedFields } from '../load';
import type { TermsProfile } from '../schema';
import { finding, type Finding } from './types';

/** Lists the profile's unverified and unpublished values, for the requester's checklist. */
export function checkUnverified(profile: TermsProfile): Finding[] {
  const fields = unverifiedFields(profile).map((f) => termsFieldLabel(f.key));
  if (fields.length === 0) return [];
  return [
    finding(
      'profile.unverified',
      'warning',
      false,
      lt(
        `Vilkårsprofilen indeholder ikke-verificerede eller ikke-offentliggjorte værdier: ${fields.map((f) => f.da).join(', ')}.`,
        `The terms profile contains unverified or unpublished values: ${fields.map((f) => f.en).join(', ')}.`,
      ),
      lt(
        'Bekræft dem med operatøren eller myndigheden før afsendelse.',
        'Confirm them with the operator or regulator before sending.',
      ),
    ),
  ];
}
