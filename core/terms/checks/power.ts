import { lt } from '../../i18n/localized';
import type { TermsProfile } from '../schema';
import { num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

/**
 * Each cell against the licence's in-block limits (non-AAS EIRP, AAS TRP per 5 MHz). Says which cell exceeds, or
 * states positively that every cell is within the limits, or that a limit is not published.
 */
export function checkPower(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  const eirpLimit = profile.nonAasEirpDbmPer5MHz.value;
  const trpLimit = profile.aasTrpDbmPer5MHz.value;
  const verified = profile.nonAasEirpDbmPer5MHz.verified && profile.aasTrpDbmPer5MHz.verified;
  let unknown = 0;
  for (const c of input.cells) {
    const aas = c.aas === true && c.trpDbmPer5MHz !== undefined;
    const limit = aas ? trpLimit : eirpLimit;
    const value = aas ? (c.trpDbmPer5MHz as number) : c.eirpDbmPer5MHz;
    const what = aas ? 'TRP' : 'EIRP';
    if (limit === null) {
      unknown++;
      continue;
    }
    if (value > limit)
      out.push(
        finding(
          `power.${c.id}`,
          'blocking',
          aas ? profile.aasTrpDbmPer5MHz.verified : profile.nonAasEirpDbmPer5MHz.verified,
          lt(
            `${c.label}: ${what} ${num(value, 1).da} dBm/5 MHz overstiger ${aas ? 'AAS-grænsen' : 'grænsen'} ${num(limit).da} dBm/5 MHz.`,
            `${c.label}: ${what} ${num(value, 1).en} dBm/5 MHz exceeds the ${aas ? 'AAS ' : ''}limit of ${num(limit).en} dBm/5 MHz.`,
          ),
          lt('Sænk sendeeffekten.', 'Lower the transmit power.'),
        ),
      );
  }
  if (input.cells.length === 0 || out.length > 0) return out;
  if (unknown > 0)
    return [
      finding(
        'power.limit-unknown',
        'warning',
        false,
        lt(
          `Effektgrænsen er ikke offentliggjort for ${num(unknown).da} af ${num(input.cells.length).da} celler; deres effekt er ikke kontrolleret.`,
          `The power limit is not published for ${num(unknown).en} of ${num(input.cells.length).en} cells; their power is not checked.`,
        ),
      ),
    ];
  const limits = (l: 'da' | 'en') =>
    [
      eirpLimit !== null ? `EIRP ≤ ${num(eirpLimit, 0)[l]} dBm/5 MHz` : '',
      trpLimit !== null ? `TRP ≤ ${num(trpLimit, 0)[l]} dBm/5 MHz (AAS)` : '',
    ]
      .filter(Boolean)
      .join(', ');
  return [
    finding(
      'power.within-limits',
      'info',
      verified,
      lt(
        `Alle ${num(input.cells.length).da} celler overholder effektgrænserne (${limits('da')}).`,
        `All ${num(input.cells.length).en} cells are within the power limits (${limits('en')}).`,
      ),
    ),
  ];
}
