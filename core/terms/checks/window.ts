import { lt } from '../../i18n/localized';
import type { TermsProfile } from '../schema';
import { assessRequestDate } from '../window';
import { day } from './text';
import { finding, type Finding, type FindingSeverity, type LeaseRequestInput } from './types';

/** The obligation window (DK) with the declared interest, and the declaration's own date checks. */
export function checkWindow(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  const declared = input.declaredInterest ?? null;
  if (declared?.date && declared.date > input.requestDate) {
    out.push(
      finding(
        'declared-interest.after-request',
        'blocking',
        true,
        lt(
          `Interessen er angivet som erklæret ${day(declared.date).da}, efter anmodningens dato ${day(input.requestDate).da}.`,
          `Interest is recorded as declared on ${day(declared.date).en}, after the request date ${day(input.requestDate).en}.`,
        ),
        lt('Ret datoen for interesseerklæringen.', 'Correct the date of the declaration of interest.'),
      ),
    );
  }
  const a = assessRequestDate(
    profile,
    input.requestDate,
    declared?.date && declared.date <= input.requestDate ? declared : null,
  );
  const severity: FindingSeverity =
    a.status === 'before-licence' || a.status === 'after-licence'
      ? 'blocking'
      : a.status === 'after-obligation-window' || a.status === 'unknown'
        ? 'warning'
        : 'info';
  out.push(finding(`window.${a.status}`, severity, a.verified, a.message));
  return out;
}
