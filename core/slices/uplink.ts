import { GNB_NOISE_FIGURE_DB, noisePowerDbm } from '../radio';

/** Uplink assumptions behind `uplinkSinrDb` (all editable; none is a published planning value). */
export interface UplinkAssumptions {
  /** UE transmit power, dBm (TS 38.101-1 power class 3: 23 dBm). */
  ueTxPowerDbm: number;
  /** PRBs one UE's allocation spans; the UE's power is spread over them (default 10). */
  allocationPrbs: number;
  /** gNB receive antenna gain towards the UE's direction at boresight, dBi (default 8, the 38.901 element). */
  gnbAntennaGainDbi: number;
  /** gNB noise figure, dB (reference-radio §4.1: 5 dB). */
  gnbNoiseFigureDb: number;
  /** Uplink interference over thermal, dB (default 3). */
  interferenceMarginDb: number;
  scsKHz: number;
}

export const DEFAULT_UPLINK: UplinkAssumptions = {
  ueTxPowerDbm: 23,
  allocationPrbs: 10,
  gnbAntennaGainDbi: 8,
  gnbNoiseFigureDb: GNB_NOISE_FIGURE_DB,
  interferenceMarginDb: 3,
  scsKHz: 30,
};

/**
 * Uplink SINR per RE in dB at a location, from the downlink RSRP there. By reciprocity the path
 * loss plus pattern attenuation is EIRP_perRE − RSRP, so
 * UL = P_UE − 10·log10(12·allocationPrbs) + G_gNB − (EIRP_perRE − RSRP) − (N_RE + IoT).
 */
export function uplinkSinrDb(rsrpDbm: number, cellEirpPerReDbm: number, a: UplinkAssumptions = DEFAULT_UPLINK): number {
  const uePerReDbm = a.ueTxPowerDbm - 10 * Math.log10(12 * a.allocationPrbs);
  const lossDb = cellEirpPerReDbm - rsrpDbm;
  const noiseDbm = noisePowerDbm({ bandwidthHz: a.scsKHz * 1e3, noiseFigureDb: a.gnbNoiseFigureDb });
  return uePerReDbm + a.gnbAntennaGainDbi - lossDb - (noiseDbm + a.interferenceMarginDb);
}
