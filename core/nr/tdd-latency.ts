import { SYMBOLS_PER_SLOT, slotDurationMs, symbolDurationMs, type LinkDirection, type ScsKHz } from './numerology';
import type { TddPattern } from './tdd';

/** Symbol-by-symbol air time of one period: 'D', 'G' (guard) or 'U' (the S slot's UL symbols included). */
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

/**
 * Symbol-by-symbol data opportunities of one period, as the data shares count them (see TddPattern): 'D' in D
 * slots and the S slot's DL symbols, 'U' in U slots only, '-' for guard and the S slot's UL (SRS/PUCCH) symbols.
 */
export function tddDataSymbols(tdd: TddPattern): ('D' | 'U' | '-')[] {
  return tddSymbols(tdd).map((s, i) => {
    if (s === 'G') return '-';
    if (s === 'U' && tdd.slots[Math.floor(i / SYMBOLS_PER_SLOT)] === 'S') return '-';
    return s;
  });
}

/** Per-direction latency floor of a TDD pattern, in ms. */
export interface TddLatencyFloor {
  /** Longest stretch (cyclic) without a data symbol of the direction: the worst wait for the next opportunity. */
  worstWaitMs: Record<LinkDirection, number>;
  /** worstWaitMs + one slot duration (the transmission itself). */
  floorMs: Record<LinkDirection, number>;
}

/**
 * Latency floor the TDD frame alone imposes, per direction, in ms. Definition: a packet that arrives just as the
 * last data symbol of its direction ends waits the longest cyclic run of symbols without a data opportunity in that
 * direction (tddDataSymbols: UL data only in U slots), then needs one slot (14 symbols) to be sent. Processing
 * times, scheduling request/grant, HARQ retransmissions, transport and core are NOT included, so any real
 * one-way latency is at least this.
 */
export function tddLatencyFloor(tdd: TddPattern, scsKHz: ScsKHz): TddLatencyFloor {
  const symbols = tddDataSymbols(tdd);
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
