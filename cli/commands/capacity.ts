import { peakRateMbps, parseTddPattern, prbCount, type Modulation } from '../../core/nr';
import { formatProblem } from '../../core/project';
import { choiceOption, numberOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';

const MODULATIONS: readonly Modulation[] = ['QPSK', '16QAM', '64QAM', '256QAM'];

/** `frekvensplan capacity`: TS 38.306 peak rate of one NR carrier, with the TDD share applied. */
export const capacityCommand: Command = {
  summary: 'peak rate of an NR carrier (TS 38.306 §4.1.2), PRBs and the TDD-adjusted rate',
  help: `frekvensplan capacity --bandwidth <MHz> --scs <kHz> --layers <n> --modulation <QPSK|16QAM|64QAM|256QAM>
                     [--tdd DDDSU] [--direction dl|ul] [--json]

Prints peakMbps (TS 38.306 §4.1.2 with every slot in that direction), prb (TS 38.101-1
Table 5.3.2-1: 15, 30 and 60 kHz) and tddAdjustedMbps (peak rate times the TDD pattern's data
share for that direction). The special-slot split comes from the frame table (DDDSU 10:2:2,
DDDDDDDSUU 6:4:4; other patterns 10:2:2 with a warning). Data shares: DL counts D slots and the
S slot's DL symbols; UL counts U slots only (the S slot's UL symbols carry SRS/PUCCH, not data).
tddAirTimeShare is the direction's share of air time including the S slot.
Defaults: --tdd DDDSU, --direction dl.`,
  options: {
    bandwidth: { type: 'string' },
    scs: { type: 'string' },
    layers: { type: 'string' },
    modulation: { type: 'string' },
    tdd: { type: 'string', default: 'DDDSU' },
    direction: { type: 'string', default: 'dl' },
  },
  run: async (_positionals, values, io) => {
    const bandwidthMHz = numberOption(values, 'bandwidth');
    const scsKHz = numberOption(values, 'scs');
    const layers = numberOption(values, 'layers');
    const modulation = choiceOption(values, 'modulation', MODULATIONS);
    const direction = choiceOption(values, 'direction', ['dl', 'ul'] as const) === 'dl' ? 'DL' : 'UL';
    const prb = prbCount({ bandwidthMHz, scsKHz });
    const peak = peakRateMbps({ bandwidthMHz, scsKHz, layers, modulation, direction });
    const tdd = parseTddPattern(String(values.tdd));
    const problems = [
      ...(prb.ok ? [] : prb.problems),
      ...(peak.ok ? [] : peak.problems),
      ...(tdd.ok ? [] : tdd.problems),
    ];
    if (!prb.ok || !peak.ok || !tdd.ok) {
      if (values.json) io.stdout(JSON.stringify({ ok: false, problems }, null, 2));
      else io.stderr(problems.map((p) => `frekvensplan capacity: ${formatProblem(p, io.lang)}`).join('\n'));
      return EXIT_INVALID;
    }
    const share = direction === 'DL' ? tdd.value.dlDataShare : tdd.value.ulDataShare;
    const airTime = direction === 'DL' ? tdd.value.dlShare : tdd.value.ulShare;
    const { dlSymbols, guardSymbols, ulSymbols } = tdd.value.special;
    const result = {
      bandwidthMHz,
      scsKHz,
      layers,
      modulation,
      direction: direction.toLowerCase(),
      prb: prb.value,
      peakMbps: round(peak.value, 1),
      tdd: tdd.value.pattern,
      tddShare: round(share, 4),
      tddAirTimeShare: round(airTime, 4),
      specialSlot: { split: `${dlSymbols}:${guardSymbols}:${ulSymbols}`, source: tdd.value.specialSource },
      tddAdjustedMbps: round(peak.value * share, 1),
      warnings: tdd.warnings.map((w) => formatProblem(w, io.lang)),
    };
    if (values.json) io.stdout(JSON.stringify(result, null, 2));
    else
      io.stdout(
        [
          `${bandwidthMHz} MHz @ ${scsKHz} kHz, ${layers} ${io.lang === 'da' ? 'lag' : 'layers'}, ${modulation}, ${result.direction.toUpperCase()}`,
          `  PRB: ${result.prb}`,
          `  peakMbps: ${result.peakMbps}`,
          `  tddAdjustedMbps: ${result.tddAdjustedMbps} (${result.tdd}, S ${result.specialSlot.split}, ${(share * 100).toFixed(1)} %)`,
          ...result.warnings.map((w) => `  ${io.lang === 'da' ? 'advarsel' : 'warning'}: ${w}`),
        ].join('\n'),
      );
    return EXIT_OK;
  },
};

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
