import { lt, type LocalizedText } from '../i18n/localized';
import { interferenceCouplingFactor, NR_N78_DL_ACIR, type Carrier } from '../radio';
import type { RadioCell } from './cells';
import { DEFAULT_BANDWIDTH_MHZ } from './cells';

/** The distinct carriers of a set of cells and how much each one's power counts as interference on each other. */
export interface CarrierGroups {
  carriers: Carrier[];
  /** Carrier index per cell (same order as the cells). */
  carrierOf: Int32Array;
  /**
   * coupling[v·n + i]: factor (0…1) by which power received from a cell on carrier i counts as interference on
   * carrier v (interferenceCouplingFactor: overlap share, ACIR for adjacent carriers, 0 further away); 1 on the diagonal.
   */
  coupling: Float64Array;
  /** Says so when an ACIR (with unverified inputs) was used between two carriers. */
  warnings: LocalizedText[];
}

/** Groups cells by carrier (centre frequency and bandwidth) and builds the coupling matrix for the SINR. */
export function carrierGroups(cells: readonly RadioCell[], acirDb: number): CarrierGroups {
  const index = new Map<string, number>();
  const carriers: Carrier[] = [];
  const carrierOf = new Int32Array(cells.length);
  cells.forEach((cell, i) => {
    const centreMHz = Math.round(cell.fcGHz * 1e6) / 1e3;
    const bandwidthMHz = cell.bandwidthMHz ?? DEFAULT_BANDWIDTH_MHZ;
    const key = `${centreMHz}|${bandwidthMHz}`;
    let g = index.get(key);
    if (g === undefined) {
      g = carriers.length;
      index.set(key, g);
      carriers.push({ centreMHz, bandwidthMHz });
    }
    carrierOf[i] = g;
  });
  const n = carriers.length;
  const coupling = new Float64Array(n * n);
  let acirUsed = false;
  for (let v = 0; v < n; v++)
    for (let i = 0; i < n; i++) {
      const factor = v === i ? 1 : interferenceCouplingFactor(carriers[v] as Carrier, carriers[i] as Carrier, acirDb);
      coupling[v * n + i] = factor;
      if (factor > 0 && factor < 1) acirUsed = true;
    }
  const acir = acirDb.toFixed(1);
  const warnings =
    acirUsed && acirDb === NR_N78_DL_ACIR.value && !NR_N78_DL_ACIR.verified
      ? [
          lt(
            `Celler på naboliggende eller delvist overlappende bærebølger tæller som interferens dæmpet med ACIR ${acir.replace('.', ',')} dB ` +
              '(BS-ACLR 45 dB og UE-ACS 33 dB fra TS 38.104/38.101-1, ikke verificeret mod spec-teksten).',
            `Cells on adjacent or partly overlapping carriers count as interference attenuated by an ACIR of ${acir} dB ` +
              '(BS ACLR 45 dB and UE ACS 33 dB from TS 38.104/38.101-1, not verified against the spec text).',
          ),
        ]
      : [];
  return { carriers, carrierOf, coupling, warnings };
}
