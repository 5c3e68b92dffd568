import { lt, type LocalizedText } from '../i18n/localized';
import { addDays, addMonths, humanDate } from './dates';

const dk = (iso: string) => humanDate(iso, 'da');
const gb = (iso: string) => humanDate(iso, 'en');
import type { TermsProfile } from './schema';

export type RequestDateStatus =
  | 'before-licence'
  | 'inside-obligation-window'
  | 'right-kept-by-declaration'
  | 'after-obligation-window'
  | 'after-licence'
  | 'no-obligation'
  | 'unknown';

export interface RequestDateAssessment {
  status: RequestDateStatus;
  /** Inclusive obligation window, when the profile has one. */
  window: { from: string; to: string } | null;
  /** True only when every value the assessment rests on is verified. */
  verified: boolean;
  message: LocalizedText;
}

/**
 * Returns the operator's obligation window: licence start to licence start + N years − 1 day
 * (DK: 1 June 2021 + 4 years → 31 May 2025), or null when the profile has none.
 */
export function obligationWindow(profile: TermsProfile): { from: string; to: string } | null {
  const start = profile.licenceTerm.value?.from;
  const years = profile.obligationWindowYears.value;
  if (!start || years === null) return null;
  return { from: start, to: addDays(addMonths(start, Math.round(years * 12)), -1) };
}

/** When and how interest in leasing was declared to the operator (the right it keeps rests on the date). */
export interface DeclaredInterest {
  /** YYYY-MM-DD, or null when none was declared. */
  date: string | null;
  /** The operator's reference, letter or e-mail that documents the declaration. */
  reference: string;
}

/**
 * Says plainly whether a request made on `requestDate` (YYYY-MM-DD) falls in the obligation window. A declaration of
 * interest made inside the window keeps the right to lease to the end of the licence (itchefer.dk, 20 May 2021).
 */
export function assessRequestDate(
  profile: TermsProfile,
  requestDate: string,
  declared: DeclaredInterest | null = null,
): RequestDateAssessment {
  const term = profile.licenceTerm.value;
  const window = obligationWindow(profile);
  const verified = profile.licenceTerm.verified && (window === null || profile.obligationWindowYears.verified);
  if (term?.from && requestDate < term.from) {
    return {
      status: 'before-licence',
      window,
      verified,
      message: lt(
        `Anmodningen (${dk(requestDate)}) ligger før tilladelsens start ${dk(term.from)}.`,
        `The request (${gb(requestDate)}) is before the licence starts on ${gb(term.from)}.`,
      ),
    };
  }
  if (term && requestDate > term.to) {
    return {
      status: 'after-licence',
      window,
      verified,
      message: lt(
        `Tilladelsen udløb ${dk(term.to)}; der kan ikke lejes frekvenser under den.`,
        `The licence expired on ${gb(term.to)}; no spectrum can be leased under it.`,
      ),
    };
  }
  if (profile.kind !== 'lease-obligation') {
    return {
      status: 'no-obligation',
      window,
      verified,
      message: lt(
        'Ordningen er en lokal tilladelse uden udlejningsforpligtelse.',
        'The regime is a local licence without a leasing obligation.',
      ),
    };
  }
  if (!window) {
    return {
      status: 'unknown',
      window,
      verified: false,
      message: lt(
        'Forpligtelsesperioden er ikke kendt i vilkårsprofilen.',
        'The obligation window is not known in the terms profile.',
      ),
    };
  }
  const declaredOn = declared?.date ?? null;
  if (
    declaredOn !== null &&
    declaredOn >= window.from &&
    declaredOn <= window.to &&
    declaredOn <= requestDate &&
    requestDate > window.to
  ) {
    const ref = declared?.reference.trim() ? ` (${declared.reference.trim()})` : '';
    const end = term?.to;
    return {
      status: 'right-kept-by-declaration',
      window,
      verified,
      message: lt(
        `Interesse blev erklæret over for operatøren den ${dk(declaredOn)}${ref}, inden for udlejningsforpligtelsens periode (${dk(window.from)} – ${dk(window.to)}). Retten til at leje er dermed bevaret${end ? ` til tilladelsens udløb ${dk(end)}` : ''}; operatøren kan ikke afvise anmodningen.`,
        `Interest was declared to the operator on ${gb(declaredOn)}${ref}, inside the leasing obligation window (${gb(window.from)} – ${gb(window.to)}). The right to lease is therefore kept${end ? ` until the licence expires on ${gb(end)}` : ''}; the operator cannot refuse the request.`,
      ),
    };
  }
  if (requestDate <= window.to) {
    return {
      status: 'inside-obligation-window',
      window,
      verified,
      message: lt(
        `Anmodningen ligger inden for udlejningsforpligtelsens periode (${dk(window.from)} – ${dk(window.to)}); operatøren kan ikke afvise den.`,
        `The request falls inside the leasing obligation window (${gb(window.from)} – ${gb(window.to)}); the operator cannot refuse it.`,
      ),
    };
  }
  const late =
    declaredOn !== null && declaredOn > window.to
      ? lt(
          ` Interessen blev først erklæret ${dk(declaredOn)}, efter periodens udløb, og bevarer ikke retten.`,
          ` Interest was only declared on ${gb(declaredOn)}, after the window closed, and keeps no right.`,
        )
      : lt('', '');
  return {
    status: 'after-obligation-window',
    window,
    verified,
    message: lt(
      `Udlejningsforpligtelsens periode sluttede ${dk(window.to)}. Anmodningen er en frivillig kommerciel anmodning: operatøren kan afvise den eller sætte andre vilkår.${late.da}`,
      `The leasing obligation window closed on ${gb(window.to)}. This is a voluntary commercial request: the operator may refuse it or set other terms.${late.en}`,
    ),
  };
}
