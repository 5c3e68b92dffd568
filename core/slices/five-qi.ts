/** Resource type of a standardised 5QI: GBR, Non-GBR or delay-critical GBR. */
export type FiveQiResourceType = 'GBR' | 'Non-GBR' | 'DC-GBR';

/** One row of TS 23.501 Table 5.7.4-1. */
export interface FiveQiCharacteristics {
  fiveQi: number;
  resourceType: FiveQiResourceType;
  /** Default priority level; lower is served first. */
  priorityLevel: number;
  /** Packet delay budget, one way UE ↔ UPF, in ms. */
  packetDelayBudgetMs: number;
  /** Packet error rate (ratio). */
  packetErrorRate: number;
  /** Default maximum data burst volume in bytes (delay-critical GBR only). */
  maxDataBurstVolumeBytes?: number;
  example: string;
}

const row = (
  fiveQi: number,
  resourceType: FiveQiResourceType,
  priorityLevel: number,
  packetDelayBudgetMs: number,
  packetErrorRate: number,
  example: string,
  maxDataBurstVolumeBytes?: number,
): FiveQiCharacteristics =>
  maxDataBurstVolumeBytes === undefined
    ? { fiveQi, resourceType, priorityLevel, packetDelayBudgetMs, packetErrorRate, example }
    : { fiveQi, resourceType, priorityLevel, packetDelayBudgetMs, packetErrorRate, example, maxDataBurstVolumeBytes };

/**
 * Standardised 5QI values, TS 23.501 Table 5.7.4-1 (v19.4.0 transcription, cross-checked; reference-radio §3.3).
 * There is no standardised drone C2 5QI.
 */
export const FIVE_QI_TABLE: readonly FiveQiCharacteristics[] = [
  row(1, 'GBR', 20, 100, 1e-2, 'Conversational voice'),
  row(2, 'GBR', 40, 150, 1e-3, 'Conversational video'),
  row(3, 'GBR', 30, 50, 1e-3, 'Real-time gaming, V2X, process monitoring'),
  row(4, 'GBR', 50, 300, 1e-6, 'Buffered video'),
  row(65, 'GBR', 7, 75, 1e-2, 'MCPTT voice'),
  row(66, 'GBR', 20, 100, 1e-2, 'Non-MC PTT voice'),
  row(67, 'GBR', 15, 100, 1e-3, 'Mission-critical video user plane'),
  row(71, 'GBR', 56, 150, 1e-6, 'Live uplink streaming'),
  row(72, 'GBR', 56, 300, 1e-4, 'Live uplink streaming'),
  row(73, 'GBR', 56, 300, 1e-8, 'Live uplink streaming'),
  row(74, 'GBR', 56, 500, 1e-8, 'Live uplink streaming'),
  row(76, 'GBR', 56, 500, 1e-4, 'Live uplink streaming'),
  row(75, 'GBR', 25, 50, 1e-2, 'V2X messages'),
  row(5, 'Non-GBR', 10, 100, 1e-6, 'IMS signalling'),
  row(6, 'Non-GBR', 60, 300, 1e-6, 'Buffered video / TCP'),
  row(7, 'Non-GBR', 70, 100, 1e-3, 'Voice, live video, interactive gaming'),
  row(8, 'Non-GBR', 80, 300, 1e-6, 'Buffered video / TCP'),
  row(9, 'Non-GBR', 90, 300, 1e-6, 'Default bearer'),
  row(69, 'Non-GBR', 5, 60, 1e-6, 'Mission-critical delay-sensitive signalling'),
  row(70, 'Non-GBR', 55, 200, 1e-6, 'Mission-critical data'),
  row(79, 'Non-GBR', 65, 50, 1e-2, 'V2X messages'),
  row(80, 'Non-GBR', 68, 10, 1e-6, 'Low-latency eMBB / AR'),
  row(82, 'DC-GBR', 19, 10, 1e-4, 'Discrete automation', 255),
  row(83, 'DC-GBR', 22, 10, 1e-4, 'Discrete automation; V2X platooning', 1354),
  row(84, 'DC-GBR', 24, 30, 1e-5, 'Intelligent transport systems', 1354),
  row(85, 'DC-GBR', 21, 5, 1e-5, 'HV electricity distribution; V2X remote driving', 255),
  row(86, 'DC-GBR', 18, 5, 1e-4, 'V2X collision avoidance', 1354),
  row(87, 'DC-GBR', 25, 5, 1e-3, 'XR motion tracking / split rendering', 500),
  row(88, 'DC-GBR', 25, 10, 1e-3, 'XR motion tracking / split rendering', 1125),
  row(89, 'DC-GBR', 25, 15, 1e-4, 'XR motion tracking / split rendering', 17000),
  row(90, 'DC-GBR', 25, 20, 1e-4, 'XR motion tracking / split rendering', 63000),
];

/** The TS 23.501 Table 5.7.4-1 row for a 5QI, or undefined when it is not a standardised value we list. */
export function fiveQiCharacteristics(fiveQi: number): FiveQiCharacteristics | undefined {
  return FIVE_QI_TABLE.find((r) => r.fiveQi === fiveQi);
}
