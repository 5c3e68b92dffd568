import type { Lang } from '../i18n/localized';
import type { Finding, TermsProfile } from '../terms';
import { findingText, type RequestDocument } from './model';

/**
 * The requester's checklist: every finding with its fix hint and whether it rests on unverified terms, and what to
 * do before sending. It is never part of the letter (a separate page or file, in the UI language).
 */
export function requestChecklist(findings: Finding[], profile: TermsProfile, lang: Lang): RequestDocument['checklist'] {
  const da = lang === 'da';
  const items = findings.map((f) => ({ severity: f.severity, text: findingText(f, lang), verified: f.verified }));
  const to = profile.addressee.value;
  items.push({
    severity: 'info',
    verified: profile.addressee.verified,
    text: da
      ? `Send anmodningen til ${to?.name ?? 'modtageren'}${to?.email ? ` (${to.email})` : ''} med kortet og bilag A; gem JSON- eller GeoJSON-udgaven til jeres egen sag.`
      : `Send the request to ${to?.name ?? 'the recipient'}${to?.email ? ` (${to.email})` : ''} with the map and annex A; keep the JSON or GeoJSON version for your own case file.`,
  });
  return {
    title: da
      ? 'Tjekliste til ansøger – ikke en del af anmodningen'
      : 'Checklist for the requester – not part of the request',
    intro: da
      ? 'Denne side er til jer, ikke til modtageren. Den viser kontrollen mod vilkårsprofilen; værdier mærket "ikke verificeret" bygger på kilder, der ikke er bekræftet.'
      : 'This page is for you, not for the recipient. It lists the checks against the terms profile; values marked "unverified" rest on sources that are not confirmed.',
    items,
  };
}
