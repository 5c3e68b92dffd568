import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { isFr1Scs, type ScsKHz } from './numerology';
import { fail, ok } from './result';

/**
 * Maximum transmission bandwidth N_RB per FR1 channel bandwidth (MHz) and SCS (kHz),
 * TS 38.101-1 Table 5.3.2-1, as far as reference-regimes.md §3.3 gives it:
 * 30 kHz in full (5–100 MHz incl. the Rel-17 35/45 MHz entries) and 15 kHz for 5–50 MHz.
 * The 60 kHz column is left out on purpose: the reference gives only its range (11 … 135),
 * not the value per bandwidth.
 */
export const PRB_TABLE: Readonly<Record<ScsKHz, Readonly<Record<number, number>>>> = {
  15: { 5: 25, 10: 52, 15: 79, 20: 106, 25: 133, 30: 160, 40: 216, 50: 270 },
  30: {
    5: 11,
    10: 24,
    15: 38,
    20: 51,
    25: 65,
    30: 78,
    35: 92,
    40: 106,
    45: 119,
    50: 133,
    60: 162,
    70: 189,
    80: 217,
    90: 245,
    100: 273,
  },
  60: {},
};

/** n78 channel bandwidths in MHz at 30 kHz SCS, TS 38.101-1 Table 5.3.5-1 (reference-regimes §3.2). */
export const N78_BANDWIDTHS_MHZ = [10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/** Channel bandwidths (MHz) with a tabulated N_RB at `scsKHz`, ascending. */
export function tabulatedBandwidthsMHz(scsKHz: ScsKHz): number[] {
  return Object.keys(PRB_TABLE[scsKHz])
    .map(Number)
    .sort((a, b) => a - b);
}

export interface PrbCountInput {
  bandwidthMHz: number;
  scsKHz: number;
  /** When given, the bandwidth must also be one the band supports (only n78 at 30 kHz is tabulated). */
  band?: 'n78';
}

/** N_RB (count of 12-subcarrier PRBs) for a channel, TS 38.101-1 Table 5.3.2-1; a located problem if not tabulated. */
export function prbCount({ bandwidthMHz, scsKHz, band }: PrbCountInput): Result<number> {
  if (!isFr1Scs(scsKHz)) {
    return fail(
      'scsKHz',
      lt(`Underbærerafstand ${scsKHz} kHz understøttes ikke.`, `Subcarrier spacing ${scsKHz} kHz is not supported.`),
      lt(
        'Brug 15, 30 eller 60 kHz (FR1); n78 bruger normalt 30 kHz.',
        'Use 15, 30 or 60 kHz (FR1); n78 normally uses 30 kHz.',
      ),
    );
  }
  const nPrb = PRB_TABLE[scsKHz][bandwidthMHz];
  if (nPrb === undefined) {
    const listed = tabulatedBandwidthsMHz(scsKHz);
    return fail(
      'bandwidthMHz',
      lt(
        `Ingen PRB-værdi for ${bandwidthMHz} MHz ved ${scsKHz} kHz i TS 38.101-1 tabel 5.3.2-1 (som vi har den).`,
        `No PRB count for ${bandwidthMHz} MHz at ${scsKHz} kHz in TS 38.101-1 Table 5.3.2-1 (as we have it).`,
      ),
      listed.length > 0
        ? lt(`Vælg en af: ${listed.join(', ')} MHz.`, `Choose one of: ${listed.join(', ')} MHz.`)
        : lt('Brug 30 kHz underbærerafstand.', 'Use 30 kHz subcarrier spacing.'),
    );
  }
  if (band === 'n78') {
    if (scsKHz !== 30) {
      return fail(
        'scsKHz',
        lt(
          `n78-kanalbåndbredder er kun tabellagt for 30 kHz, ikke ${scsKHz} kHz.`,
          `n78 channel bandwidths are only tabulated for 30 kHz, not ${scsKHz} kHz.`,
        ),
        lt('Brug 30 kHz.', 'Use 30 kHz.'),
      );
    }
    if (!(N78_BANDWIDTHS_MHZ as readonly number[]).includes(bandwidthMHz)) {
      return fail(
        'bandwidthMHz',
        lt(
          `${bandwidthMHz} MHz er ikke en n78-kanalbåndbredde.`,
          `${bandwidthMHz} MHz is not an n78 channel bandwidth.`,
        ),
        lt(`Vælg en af: ${N78_BANDWIDTHS_MHZ.join(', ')} MHz.`, `Choose one of: ${N78_BANDWIDTHS_MHZ.join(', ')} MHz.`),
      );
    }
  }
  return ok(nPrb);
}
