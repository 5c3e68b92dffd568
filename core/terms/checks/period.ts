import { lt } from '../../i18n/localized';
import { addDays, addMonths, isRealIsoDate } from '../dates';
import type { TermsProfile } from '../schema';
import { day, num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

/** Every date of the request must be a real calendar date; returns the located problems. */
function checkRealDates(input: LeaseRequestInput): Finding[] {
  const dates: [string, string | null | undefined, string, string][] = [
    ['request-date', input.requestDate, 'Anmodningens dato', 'The request date'],
    ['period.from', input.period.from, 'Periodens start', 'The period start'],
    ['period.to', input.period.to, 'Periodens slutning', 'The period end'],
    [
      'declared-interest',
      input.declaredInterest?.date,
      'Datoen for interesseerklæringen',
      'The date of the declaration of interest',
    ],
  ];
  return dates
    .filter(([, value]) => value !== null && value !== undefined && !isRealIsoDate(value))
    .map(([id, value, da, en]) =>
      finding(
        `date.invalid.${id}`,
        'blocking',
        true,
        lt(`${da} '${value}' er ikke en gyldig kalenderdato.`, `${en} '${value}' is not a real calendar date.`),
        lt('Angiv datoen som dd.mm.åååå med en dag, der findes.', 'Give the date as an existing day (YYYY-MM-DD).'),
      ),
    );
}

/** The period: real dates, not before the request, ends after it starts, inside the licence, not past the maximum term. */
export function checkPeriod(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const invalid = checkRealDates(input);
  if (invalid.length > 0) return invalid;
  const out: Finding[] = [];
  const { from, to } = input.period;
  if (to < from)
    return [
      finding(
        'period.empty',
        'blocking',
        true,
        lt(
          `Perioden slutter (${day(to).da}) før den begynder (${day(from).da}).`,
          `The period ends (${day(to).en}) before it starts (${day(from).en}).`,
        ),
        lt('Ret periodens start eller slutning.', 'Correct the start or end of the period.'),
      ),
    ];
  if (from < input.requestDate)
    out.push(
      finding(
        'period.before-request',
        'blocking',
        true,
        lt(
          `Perioden begynder ${day(from).da}, før anmodningens dato ${day(input.requestDate).da}.`,
          `The period starts on ${day(from).en}, before the request date ${day(input.requestDate).en}.`,
        ),
        lt('Lad perioden begynde på eller efter anmodningens dato.', 'Start the period on or after the request date.'),
      ),
    );
  const term = profile.licenceTerm.value;
  if (term && to > term.to)
    out.push(
      finding(
        'period.after-licence',
        'blocking',
        profile.licenceTerm.verified,
        lt(
          `Perioden slutter ${day(to).da}, efter tilladelsens udløb ${day(term.to).da}.`,
          `The period ends on ${day(to).en}, after the licence expires on ${day(term.to).en}.`,
        ),
        lt('Afslut perioden senest ved tilladelsens udløb.', 'End the period no later than the licence expiry.'),
      ),
    );
  if (term?.from && from < term.from)
    out.push(
      finding(
        'period.before-licence',
        'blocking',
        profile.licenceTerm.verified,
        lt(
          `Perioden begynder ${day(from).da}, før tilladelsen gælder fra ${day(term.from).da}.`,
          `The period starts on ${day(from).en}, before the licence starts on ${day(term.from).en}.`,
        ),
      ),
    );
  const maxYears = profile.maxTermYears.value;
  if (maxYears !== null) {
    const latest = addDays(addMonths(from, Math.round(maxYears * 12)), -1);
    if (to > latest)
      out.push(
        finding(
          'period.too-long',
          'blocking',
          profile.maxTermYears.verified,
          lt(
            `Perioden er længere end ${num(maxYears).da} år; den må senest slutte ${day(latest).da}.`,
            `The period is longer than ${num(maxYears).en} years; it may end on ${day(latest).en} at the latest.`,
          ),
        ),
      );
  }
  return out;
}
