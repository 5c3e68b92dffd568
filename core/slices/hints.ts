import { formatNumber } from '../geo/format';
import { lt, type LocalizedText } from '../i18n/localized';

/** What keeps a slice from being feasible. */
export type LimitingFactor = 'ul-capacity' | 'dl-capacity' | 'latency-vs-tdd' | 'coverage' | 'reliability-margin';

/** Numbers a hint quotes. */
export interface HintFacts {
  utilisation: number;
  latencyFloorMs: number;
  latencyBudgetMs: number;
  outagePercent: number;
  allowedOutagePercent: number;
  tddPattern: string;
}

const pct = (u: number, lang: 'da' | 'en') => (Number.isFinite(u) ? `${formatNumber(u * 100, lang)} %` : '∞');
const num = (v: number, lang: 'da' | 'en', digits = 1) => formatNumber(v, lang, digits);

/** The fix hint for a limiting factor, in Danish and English, quoting the numbers behind it. */
export function fixHint(factor: LimitingFactor, f: HintFacts): LocalizedText {
  switch (factor) {
    case 'ul-capacity':
      return lt(
        `Uplink er udnyttet ${pct(f.utilisation, 'da')}: vælg en bredere kanal, et TDD-mønster med mere uplink, flere UL-lag, en celle tættere på enhederne, eller sænk den garanterede UL-rate pr. enhed.`,
        `Uplink utilisation is ${pct(f.utilisation, 'en')}: choose a wider channel, a TDD pattern with more uplink, more UL layers, a cell closer to the devices, or lower the guaranteed UL rate per device.`,
      );
    case 'dl-capacity':
      return lt(
        `Downlink er udnyttet ${pct(f.utilisation, 'da')}: vælg en bredere kanal, flere DL-lag, en ekstra celle, eller sænk den garanterede DL-rate pr. enhed.`,
        `Downlink utilisation is ${pct(f.utilisation, 'en')}: choose a wider channel, more DL layers, an extra cell, or lower the guaranteed DL rate per device.`,
      );
    case 'latency-vs-tdd':
      return lt(
        `TDD-mønstret ${f.tddPattern} giver alene op til ${num(f.latencyFloorMs, 'da', 2)} ms forsinkelse mod et budget på ${num(f.latencyBudgetMs, 'da', 0)} ms: brug en kortere TDD-periode (fx DDDSU), en højere underbærerafstand, eller løsn budgettet. Mere båndbredde hjælper ikke.`,
        `The TDD pattern ${f.tddPattern} alone delays packets by up to ${num(f.latencyFloorMs, 'en', 2)} ms against a ${num(f.latencyBudgetMs, 'en', 0)} ms budget: use a shorter TDD period (e.g. DDDSU), a higher subcarrier spacing, or relax the budget. More bandwidth does not help.`,
      );
    case 'coverage':
      return lt(
        `${num(f.outagePercent, 'da')} % af området har SINR under tærsklen: tilføj eller flyt sites, hæv antennerne, eller gør området mindre. Mere båndbredde hjælper ikke.`,
        `${num(f.outagePercent, 'en')} % of the area has SINR below the threshold: add or move sites, raise the antennas, or shrink the area. More bandwidth does not help.`,
      );
    case 'reliability-margin':
      return lt(
        `${num(f.outagePercent, 'da')} % af området er uden dækning, men pålideligheden tillader højst ${num(f.allowedOutagePercent, 'da', 3)} %: tilføj overlappende dækning (endnu et site) eller afgræns området.`,
        `${num(f.outagePercent, 'en')} % of the area is without coverage, but the reliability allows at most ${num(f.allowedOutagePercent, 'en', 3)} %: add overlapping coverage (another site) or narrow the area of service.`,
      );
  }
}
