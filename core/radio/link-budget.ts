import type { SourcedNumber } from './sourced';
import { assertFinite, dbmToMw, mwToDbm } from './units';

/** Thermal noise density kT at 290 K in dBm/Hz, rounded as planning tools use it. */
export const THERMAL_NOISE_DBM_PER_HZ = -174;

/** Default UE noise figure in dB with its source: the low end of the usual 7–9 dB evaluation assumption. */
export const UE_NOISE_FIGURE: SourcedNumber = {
  value: 7,
  source:
    'typical UE noise figure of 3GPP evaluation assumptions, 7–9 dB (docs reference-radio §4.1); recalled, not read in a TR',
  verified: false,
};

/** Default UE noise figure in dB (UE_NOISE_FIGURE.value). */
export const UE_NOISE_FIGURE_DB = UE_NOISE_FIGURE.value;

/** Default gNB noise figure in dB (reference-radio §4.1). */
export const GNB_NOISE_FIGURE_DB = 5;

export interface NoiseOptions {
  bandwidthHz: number;
  /** Receiver noise figure in dB (default 0: kTB only). */
  noiseFigureDb?: number;
}

/** Noise power in dBm: −174 dBm/Hz + 10·log10(B) + NF (kTB plus receiver noise figure). */
export function noisePowerDbm({ bandwidthHz, noiseFigureDb = 0 }: NoiseOptions): number {
  assertFinite('bandwidthHz', bandwidthHz, 0, false);
  return THERMAL_NOISE_DBM_PER_HZ + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
}

export interface EirpPerReOptions {
  /** EIRP in dBm measured over `referenceBandwidthHz` (e.g. 68 dBm per 5 MHz, the DK licence unit). */
  eirpDbm: number;
  /** Bandwidth the EIRP figure refers to, in Hz (e.g. 5e6). */
  referenceBandwidthHz: number;
  /** Subcarrier spacing in kHz (default 30, n78). */
  scsKHz?: number;
}

/**
 * EIRP per resource element in dBm, assuming a flat power spectral density over the reference bandwidth:
 * EIRP_RE = EIRP_ref − 10·log10(B_ref / SCS). Per 5 MHz at 30 kHz this subtracts 10·log10(5e6/30e3) = 22.22 dB.
 * (Counting only occupied subcarriers instead, e.g. 11 PRB × 12 in 5 MHz, would subtract 21.20 dB.)
 */
export function eirpPerReDbm({ eirpDbm, referenceBandwidthHz, scsKHz = 30 }: EirpPerReOptions): number {
  assertFinite('referenceBandwidthHz', referenceBandwidthHz, 0, false);
  assertFinite('scsKHz', scsKHz, 0, false);
  return eirpDbm - 10 * Math.log10(referenceBandwidthHz / (scsKHz * 1e3));
}

export interface ReceivedPowerOptions {
  /** EIRP towards the receiver in dBm (already including the transmit antenna gain in that direction). */
  eirpDbm: number;
  pathLossDb: number;
  /** Receive antenna gain in dBi (default 0, a handheld UE). */
  rxGainDbi?: number;
  /** Other losses in dB: O2I, body, cable, margins (default 0). */
  otherLossesDb?: number;
}

/** Received power in dBm: EIRP − PL + G_rx − other losses (same bandwidth as the EIRP). */
export function receivedPowerDbm({
  eirpDbm,
  pathLossDb,
  rxGainDbi = 0,
  otherLossesDb = 0,
}: ReceivedPowerOptions): number {
  return eirpDbm - pathLossDb + rxGainDbi - otherLossesDb;
}

export interface RsrpOptions extends EirpPerReOptions {
  pathLossDb: number;
  rxGainDbi?: number;
  otherLossesDb?: number;
}

/** SS-RSRP in dBm (power per resource element): EIRP per RE (flat PSD, see eirpPerReDbm) − PL + G_rx − losses. */
export function rsrpDbm(options: RsrpOptions): number {
  return receivedPowerDbm({
    eirpDbm: eirpPerReDbm(options),
    pathLossDb: options.pathLossDb,
    rxGainDbi: options.rxGainDbi,
    otherLossesDb: options.otherLossesDb,
  });
}

export interface Interferer {
  /** Received interfering power in dBm, in the same bandwidth as the signal (e.g. per RE). */
  powerDbm: number;
  /** Fraction of time–frequency resources the interferer transmits on, 0…1 (default 1, full load). */
  load?: number;
}

export interface SinrOptions {
  /** Wanted received power in dBm. */
  signalDbm: number;
  interferers: readonly Interferer[];
  /** Noise power in dBm in the same bandwidth (see noisePowerDbm, including the noise figure). */
  noiseDbm: number;
}

export interface SinrResult {
  sinrDb: number;
  /** Load-weighted interference sum in dBm (−Infinity when there is none). */
  interferenceDbm: number;
  /** Interference + noise in dBm. */
  interferencePlusNoiseDbm: number;
}

/** SINR in dB: S / (Σ load_i·I_i + N), summed in mW; each interferer scaled by its load (0…1). */
export function sinr({ signalDbm, interferers, noiseDbm }: SinrOptions): SinrResult {
  let interferenceMw = 0;
  for (const { powerDbm, load = 1 } of interferers) {
    if (!(load >= 0 && load <= 1)) throw new RangeError(`interferer load must be in [0, 1], got ${load}`);
    interferenceMw += load * dbmToMw(powerDbm);
  }
  const interferencePlusNoiseMw = interferenceMw + dbmToMw(noiseDbm);
  return {
    sinrDb: signalDbm - mwToDbm(interferencePlusNoiseMw),
    interferenceDbm: mwToDbm(interferenceMw),
    interferencePlusNoiseDbm: mwToDbm(interferencePlusNoiseMw),
  };
}
