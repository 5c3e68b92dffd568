import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { SYMBOLS_PER_SLOT, slotDurationMs, type ScsKHz } from './numerology';
import { inputProblem, ok } from './result';
import { DEFAULT_SPECIAL_SLOT, tddFrameOf, type SpecialSlotSplit } from './tdd-frames';

export type SlotType = 'D' | 'S' | 'U';

/** Longest pattern accepted: 80 slots (10 ms at 120 kHz SCS, the longest TDD period in TS 38.331). */
export const MAX_PATTERN_SLOTS = 80;

/**
 * A validated TDD slot pattern with its shares of the period (fractions of all symbols). Air time: dlShare +
 * ulShare + guardShare = 1. Data (what capacity uses): dlDataShare counts D slots and the DL symbols of S (PDSCH
 * can be scheduled there; PDCCH/DMRS overhead is in TS 38.306's OH), ulDataShare counts U slots only: the S
 * slot's UL symbols carry SRS and short PUCCH, not PUSCH, in the usual 3.5 GHz configurations (planning reading,
 * not a 3GPP rule: TS 38.214 would allow a 2–4 symbol PUSCH there, operators do not plan UL data on it).
 */
export interface TddPattern {
  pattern: string;
  slots: SlotType[];
  special: SpecialSlotSplit;
  /** Where the special-slot split came from: given, the frame table (with its source), or assumed. */
  specialSource: 'given' | 'frame-table' | 'assumed';
  dlShare: number;
  ulShare: number;
  guardShare: number;
  dlDataShare: number;
  ulDataShare: number;
}

/**
 * Parses a TDD pattern such as 'DDDSU' or 'DDDDDDDSUU' into air-time shares DL = (n_D·14 + n_S·dl) / (14·N),
 * UL = (n_U·14 + n_S·ul) / (14·N) (reference-regimes §3.4) and data shares DL = (n_D·14 + n_S·dl) / (14·N),
 * UL = n_U·14 / (14·N) (see TddPattern). Without `special`, the split comes from the frame table
 * (COMMON_TDD_FRAMES: DDDSU 10:2:2, DDDDDDDSUU 6:4:4), else 10:2:2 is assumed with a warning. Rules: only D/S/U;
 * ≤ 80 slots; S split whole symbols summing to 14 with ≥ 1 guard symbol; at least one DL symbol and one UL slot;
 * no D directly followed by U (cyclically), since DL→UL needs a guard.
 */
export function parseTddPattern(pattern: string, given?: SpecialSlotSplit): Result<TddPattern> {
  const problems: Problem[] = [];
  const text = pattern.trim().toUpperCase();
  const frame = tddFrameOf(text);
  const special = given ?? frame?.special ?? DEFAULT_SPECIAL_SLOT;
  const specialSource = given ? 'given' : frame ? 'frame-table' : 'assumed';
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
  if (dlSymbols === 0 || n('U') === 0) {
    problems.push(
      inputProblem(
        'pattern',
        lt(
          'Mønstret skal indeholde både downlink og mindst én uplink-slot (U).',
          'The pattern must contain both downlink and at least one uplink slot (U).',
        ),
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
  const warnings: Problem[] = [];
  if (specialSource === 'assumed' && n('S') > 0) {
    warnings.push({
      severity: 'warning',
      path: 'specialSlot',
      message: lt(
        `Mønstret ${text} er ikke i rammetabellen; S-slotten er antaget at være 10:2:2 (DL:vagt:UL).`,
        `The pattern ${text} is not in the frame table; the special slot is assumed to be 10:2:2 (DL:guard:UL).`,
      ),
      hint: lt('Angiv S-slottens opdeling, hvis den kendes.', 'Give the special-slot split if it is known.'),
    });
  }
  return ok(
    {
      pattern: text,
      slots,
      special: { ...special },
      specialSource,
      dlShare: dlSymbols / total,
      ulShare: ulSymbols / total,
      guardShare: (n('S') * special.guardSymbols) / total,
      dlDataShare: dlSymbols / total,
      ulDataShare: (n('U') * SYMBOLS_PER_SLOT) / total,
    },
    warnings,
  );
}

/** TDD period in ms: number of slots × slot duration (1 ms / 2^μ). */
export function tddPeriodMs(tdd: TddPattern, scsKHz: ScsKHz): number {
  return tdd.slots.length * slotDurationMs(scsKHz);
}
