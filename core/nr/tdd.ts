import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { SYMBOLS_PER_SLOT, slotDurationMs, symbolDurationMs, type LinkDirection, type ScsKHz } from './numerology';
import { inputProblem, ok } from './result';

export type SlotType = 'D' | 'S' | 'U';

/** Symbol split of the special (S) slot: downlink, guard and uplink symbols, 14 in all. */
export interface SpecialSlotSplit {
  dlSymbols: number;
  guardSymbols: number;
  ulSymbols: number;
}

/** 10D:2G:2U, the usual DDDSU special slot [U: to be checked against ECC/REC/(20)03] (reference-regimes §3.4). */
export const DEFAULT_SPECIAL_SLOT: SpecialSlotSplit = { dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 };

/**
 * The two European 3.5 GHz frames with their usual special-slot splits (reference-regimes §3.4):
 * DDDSU 10:2:2 and DDDDDDDSUU 6:4:4 [U: splits to be checked against ECC/REC/(20)03].
 */
export const COMMON_TDD_FRAMES: readonly { pattern: string; special: SpecialSlotSplit }[] = [
  { pattern: 'DDDSU', special: { dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 } },
  { pattern: 'DDDDDDDSUU', special: { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 } },
];

/** Longest pattern accepted: 80 slots (10 ms at 120 kHz SCS, the longest TDD period in TS 38.331). */
export const MAX_PATTERN_SLOTS = 80;

/** A validated TDD slot pattern with its time shares (fractions of all symbols in the period, sum 1). */
export interface TddPattern {
  pattern: string;
  slots: SlotType[];
  special: SpecialSlotSplit;
  dlShare: number;
  ulShare: number;
  guardShare: number;
}

/**
 * Parses a TDD pattern such as 'DDDSU' or 'DDDDDDDSUU' with a special-slot split into DL/UL/guard
 * shares: DL = (n_D·14 + n_S·dl) / (14·N), UL = (n_U·14 + n_S·ul) / (14·N) (reference-regimes §3.4).
 * Rules: only D/S/U; ≤ 80 slots; S split whole symbols summing to 14 with ≥ 1 guard symbol; at least
 * one DL and one UL symbol; no D directly followed by U (cyclically), since DL→UL needs a guard.
 */
export function parseTddPattern(pattern: string, special: SpecialSlotSplit = DEFAULT_SPECIAL_SLOT): Result<TddPattern> {
  const problems: Problem[] = [];
  const text = pattern.trim().toUpperCase();
  const hint = lt('Skriv mønstret med D, S og U, fx DDDSU.', 'Write the pattern with D, S and U, e.g. DDDSU.');
  if (text.length === 0)
    problems.push(inputProblem('pattern', lt('TDD-mønstret er tomt.', 'The TDD pattern is empty.'), hint));
  if (text.length > MAX_PATTERN_SLOTS) {
    problems.push(
      inputProblem(
        'pattern',
        lt(
          `TDD-mønstret må højst have ${MAX_PATTERN_SLOTS} slots.`,
          `The TDD pattern may have at most ${MAX_PATTERN_SLOTS} slots.`,
        ),
      ),
    );
  }
  const bad = [...text].findIndex((c) => c !== 'D' && c !== 'S' && c !== 'U');
  if (bad >= 0) {
    problems.push(
      inputProblem(
        'pattern',
        lt(
          `Ugyldigt tegn '${text[bad]}' på plads ${bad + 1}.`,
          `Invalid character '${text[bad]}' at position ${bad + 1}.`,
        ),
        hint,
      ),
    );
  }
  const counts = [special.dlSymbols, special.guardSymbols, special.ulSymbols];
  if (!counts.every((n) => Number.isInteger(n) && n >= 0) || counts.reduce((a, b) => a + b, 0) !== SYMBOLS_PER_SLOT) {
    problems.push(
      inputProblem(
        'specialSlot',
        lt(
          'S-slottens opdeling skal være hele symboler med summen 14.',
          'The special-slot split must be whole symbols summing to 14.',
        ),
        lt('Fx 10:2:2 (DL:vagt:UL).', 'E.g. 10:2:2 (DL:guard:UL).'),
      ),
    );
  } else if (special.guardSymbols < 1) {
    problems.push(
      inputProblem(
        'specialSlot.guardSymbols',
        lt('S-slotten skal have mindst ét vagtsymbol.', 'The special slot needs at least one guard symbol.'),
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const slots = [...text] as SlotType[];
  const n = (t: SlotType) => slots.filter((s) => s === t).length;
  const total = SYMBOLS_PER_SLOT * slots.length;
  const dlSymbols = n('D') * SYMBOLS_PER_SLOT + n('S') * special.dlSymbols;
  const ulSymbols = n('U') * SYMBOLS_PER_SLOT + n('S') * special.ulSymbols;
  if (dlSymbols === 0 || ulSymbols === 0) {
    problems.push(
      inputProblem(
        'pattern',
        lt('Mønstret skal indeholde både downlink og uplink.', 'The pattern must contain both downlink and uplink.'),
        hint,
      ),
    );
  }
  slots.forEach((slot, i) => {
    if (slot === 'D' && slots[(i + 1) % slots.length] === 'U') {
      problems.push(
        inputProblem(
          'pattern',
          lt(
            `Skift fra D til U på plads ${i + 1} uden S-slot (vagttid).`,
            `Switch from D to U at position ${i + 1} without an S slot (guard period).`,
          ),
          lt('Indsæt et S mellem D og U.', 'Insert an S between D and U.'),
        ),
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return ok({
    pattern: text,
    slots,
    special: { ...special },
    dlShare: dlSymbols / total,
    ulShare: ulSymbols / total,
    guardShare: (n('S') * special.guardSymbols) / total,
  });
}

/** TDD period in ms: number of slots × slot duration (1 ms / 2^μ). */
export function tddPeriodMs(tdd: TddPattern, scsKHz: ScsKHz): number {
  return tdd.slots.length * slotDurationMs(scsKHz);
}

/** Symbol-by-symbol view of one period: 'D', 'G' (guard) or 'U'. */
export function tddSymbols(tdd: TddPattern): ('D' | 'G' | 'U')[] {
  const { dlSymbols, guardSymbols, ulSymbols } = tdd.special;
  return tdd.slots.flatMap((slot) => {
    if (slot === 'D') return Array<'D'>(SYMBOLS_PER_SLOT).fill('D');
    if (slot === 'U') return Array<'U'>(SYMBOLS_PER_SLOT).fill('U');
    return [
      ...Array<'D'>(dlSymbols).fill('D'),
      ...Array<'G'>(guardSymbols).fill('G'),
      ...Array<'U'>(ulSymbols).fill('U'),
    ];
  });
}

/** Per-direction latency floor of a TDD pattern, in ms. */
export interface TddLatencyFloor {
  /** Longest stretch (cyclic) without a symbol of the direction: the worst wait for the next opportunity. */
  worstWaitMs: Record<LinkDirection, number>;
  /** worstWaitMs + one slot duration (the transmission itself). */
  floorMs: Record<LinkDirection, number>;
}

/**
 * Latency floor the TDD frame alone imposes, per direction, in ms. Definition: a packet that arrives
 * just as the last symbol of its direction ends waits the longest cyclic run of symbols without that
 * direction (worst-case alignment wait), then needs one slot (14 symbols) to be sent. Processing
 * times, scheduling request/grant, HARQ retransmissions, transport and core are NOT included, so
 * any real one-way latency is at least this.
 */
export function tddLatencyFloor(tdd: TddPattern, scsKHz: ScsKHz): TddLatencyFloor {
  const symbols = tddSymbols(tdd);
  const symbolMs = symbolDurationMs(scsKHz);
  const slotMs = slotDurationMs(scsKHz);
  const longestGap = (dir: 'D' | 'U') => {
    let longest = 0;
    let run = 0;
    for (const s of [...symbols, ...symbols]) {
      run = s === dir ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return Math.min(longest, symbols.length);
  };
  const waitDl = longestGap('D') * symbolMs;
  const waitUl = longestGap('U') * symbolMs;
  return {
    worstWaitMs: { DL: waitDl, UL: waitUl },
    floorMs: { DL: waitDl + slotMs, UL: waitUl + slotMs },
  };
}
