import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { isFr1Scs, type ScsKHz } from './numerology';
import { fail, ok } from './result';

/**
 * Maximum transmission bandwidth configuration N_RB per FR1 UE channel bandwidth (MHz) and SCS (kHz), TS 38.101-1
 * Table 5.3.2-1 (Rel-19 text, read from a transcription of the spec): 15 kHz 3–50 MHz (3 and 7 MHz are the
 * narrow-band additions for bands such as n100), 30 kHz 5–100 MHz, 60 kHz 10–100 MHz. Bandwidths the table marks
 * N/A for an SCS are absent.
 */
export const PRB_TABLE: Readonly<Record<ScsKHz, Readonly<Record<number, number>>>> = {
  15: { 3: 15, 5: 25, 7: 35, 10: 52, 15: 79, 20: 106, 25: 133, 30: 160, 35: 188, 40: 216, 45: 242, 50: 270 },
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
  60: {
    10: 11,
    15: 18,
    20: 24,
    25: 31,
    30: 38,
    35: 44,
    40: 51,
    45: 58,
    50: 65,
    60: 79,
    70: 93,
    80: 107,
    90: 121,
    100: 135,
  },
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
      lt(`Vælg en af: ${listed.join(', ')} MHz.`, `Choose one of: ${listed.join(', ')} MHz.`),
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
