/** FR1 subcarrier spacings in kHz that this module knows (TS 38.211 §4.2: Δf = 2^μ · 15 kHz). */
export const FR1_SCS_KHZ = [15, 30, 60] as const;

export type ScsKHz = (typeof FR1_SCS_KHZ)[number];

/** Link direction: downlink (gNB → UE) or uplink (UE → gNB). */
export type LinkDirection = 'DL' | 'UL';

/** OFDM symbols per slot with normal cyclic prefix (TS 38.211 Table 4.3.2-1). */
export const SYMBOLS_PER_SLOT = 14;

/** True when `scsKHz` is one of the FR1 subcarrier spacings 15, 30 or 60 kHz. */
export function isFr1Scs(scsKHz: number): scsKHz is ScsKHz {
  return (FR1_SCS_KHZ as readonly number[]).includes(scsKHz);
}

/** Numerology μ for a subcarrier spacing: Δf = 2^μ · 15 kHz (TS 38.211 §4.2). */
export function numerology(scsKHz: ScsKHz): number {
  return Math.log2(scsKHz / 15);
}

/** Slot duration in ms at a subcarrier spacing: 1 ms / 2^μ (TS 38.211 §4.3.2). */
export function slotDurationMs(scsKHz: ScsKHz): number {
  return 1 / 2 ** numerology(scsKHz);
}

/** Average OFDM symbol duration in ms incl. cyclic prefix: slot / 14 (T_s^μ of TS 38.306 §4.1.2, in ms). */
export function symbolDurationMs(scsKHz: ScsKHz): number {
  return slotDurationMs(scsKHz) / SYMBOLS_PER_SLOT;
}
