/** Symbol split of the special (S) slot: downlink, guard and uplink symbols, 14 in all. */
export interface SpecialSlotSplit {
  dlSymbols: number;
  guardSymbols: number;
  ulSymbols: number;
}

/** A TDD frame with the special-slot split that goes with it, where the split comes from and whether it is checked. */
export interface TddFrame {
  pattern: string;
  special: SpecialSlotSplit;
  source: string;
  verified: boolean;
}

/** 10D:2G:2U, the usual DDDSU special slot, and the split assumed for patterns not in COMMON_TDD_FRAMES. */
export const DEFAULT_SPECIAL_SLOT: SpecialSlotSplit = { dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 };

/**
 * The two European 3.5 GHz frames with their usual special-slot splits (reference-regimes §3.4): DDDSU 10:2:2 and
 * the LTE-compatible DDDDDDDSUU 6:4:4. Not yet checked against ECC/REC/(20)03, hence verified: false.
 */
export const COMMON_TDD_FRAMES: readonly TddFrame[] = [
  {
    pattern: 'DDDSU',
    special: { dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 },
    source: 'reference-regimes §3.4 (ECC/REC/(20)03 frame A, split not checked against the text)',
    verified: false,
  },
  {
    pattern: 'DDDDDDDSUU',
    special: { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 },
    source: 'reference-regimes §3.4 (LTE-compatible frame, ECC/REC/(20)03; split not checked against the text)',
    verified: false,
  },
];

/** The frame-table entry for a pattern (case-insensitive, trimmed), or null when the table has none. */
export function tddFrameOf(pattern: string): TddFrame | null {
  const text = pattern.trim().toUpperCase();
  return COMMON_TDD_FRAMES.find((f) => f.pattern === text) ?? null;
}
