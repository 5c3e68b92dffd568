import { formatNumber } from '../../core/geo/format';
import { formatProblem } from '../../core/project';
import { cellLabel, LIMITING_FACTOR_NAMES } from '../../core/project/labels';
import { planSlices } from '../../core/slices';
import { numberOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { printProblems, readProjectOrReport, termsCatalog } from '../project-input';

function noiseFigure(values: Parameters<typeof numberOption>[0]): number {
  const db = numberOption(values, 'noise-figure');
  if (!(db >= 0 && db <= 20)) throw new UsageError('--noise-figure must be 0…20 dB');
  return db;
}

/** `frekvensplan slices`: per-slice feasibility with limiting factors and per-cell utilisation. */
export const slicesCommand: Command = {
  summary: 'size the bandwidth for the project slices; feasibility per slice and utilisation per cell',
  help: `frekvensplan slices <project-file> [--terms <profile-id>] [--resolution <m>] [--tdd DDDSU]
                   [--noise-figure <dB>] [--json]

Computes SINR distributions per cell over each slice's area of service at its altitude,
then the smallest bandwidth the terms profile allows that carries every slice. Prints,
per slice, feasible / conditional / infeasible with the limiting factor and what would
fix it, and per cell the capacity and utilisation in each direction.
Defaults: --terms the project's profile, --resolution 50, --tdd the request draft's frame,
--noise-figure the project's UE noise figure (else 7 dB, not verified).
Exit code 1 when any slice is infeasible at every allowed bandwidth.`,
  options: {
    terms: { type: 'string' },
    resolution: { type: 'string' },
    tdd: { type: 'string' },
    'noise-figure': { type: 'string' },
  },
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('slices takes exactly one project file');
    const json = values.json === true;
    const resolutionM = numberOption(values, 'resolution', 50);
    if (resolutionM < 5 || resolutionM > 500) throw new UsageError('--resolution must be 5–500 m');
    const project = await readProjectOrReport(positionals[0] as string, json, io);
    if (!project) return EXIT_INVALID;
    const profileId = typeof values.terms === 'string' ? values.terms : (project.termsProfileId ?? 'dk-tt-2021');
    const entry = termsCatalog(project).entries.find((e) => e.profile.id === profileId);
    if (!entry) throw new UsageError(`unknown terms profile '${profileId}'`);
    const plan = planSlices(project, {
      profile: entry.profile,
      resolutionM,
      ...(typeof values.tdd === 'string' ? { tddPattern: values.tdd } : {}),
      ...(values['noise-figure'] === undefined ? {} : { noiseFigureDb: noiseFigure(values) }),
    });
    if (!plan.ok) {
      printProblems(
        plan.problems,
        json,
        io,
        io.lang === 'da' ? 'Slices kan ikke vurderes:' : 'The slices cannot be assessed:',
      );
      return EXIT_INVALID;
    }
    const p = plan.value;
    const anyInfeasible = p.slices.some((s) => s.status === 'infeasible');
    if (json) {
      io.stdout(JSON.stringify({ profileId, ...p }, null, 2));
      return anyInfeasible ? EXIT_INVALID : EXIT_OK;
    }
    const da = io.lang === 'da';
    const status = {
      feasible: da ? 'opfyldt' : 'feasible',
      conditional: da ? 'med forbehold' : 'conditional',
      infeasible: da ? 'ikke opfyldt' : 'infeasible',
    };
    const bw = p.bandwidthMHz ?? p.conditionalBandwidthMHz;
    const lines = [
      `${da ? 'Vilkårsprofil' : 'Terms profile'}: ${entry.profile.name[io.lang]}; ${da ? 'tilladte båndbredder' : 'allowed bandwidths'}: ${p.allowedBandwidthsMHz.join(', ')} MHz`,
      bw === null
        ? da
          ? 'Ingen tilladt båndbredde bærer alle slices.'
          : 'No allowed bandwidth carries every slice.'
        : `${da ? 'Båndbredde at anmode om' : 'Bandwidth to request'}: ${bw} MHz${p.bandwidthMHz === null ? (da ? ' (med forbehold)' : ' (conditional)') : ''}`,
      '',
      `Slices (${da ? 'vurderet ved' : 'assessed at'} ${p.assessedBandwidthMHz} MHz):`,
    ];
    for (const s of p.slices) {
      lines.push(
        `  ${s.name}: ${status[s.status]}${s.limitingFactor ? ` (${LIMITING_FACTOR_NAMES[s.limitingFactor]?.[io.lang] ?? s.limitingFactor})` : ''} – ${da ? 'dækning' : 'coverage'} ${formatNumber(s.coverageShare * 100, io.lang, 1)} % @ ${formatNumber(s.rxHeightM, io.lang, 1)} m`,
      );
      if (s.hint) lines.push(`      ${s.hint[io.lang]}`);
    }
    lines.push('', `${da ? 'Celler' : 'Cells'} (DL/UL Mbps, ${da ? 'udnyttelse' : 'utilisation'}):`);
    for (const c of p.cells)
      lines.push(
        `  ${cellLabel(project, c.cellId, io.lang)}: ${formatNumber(c.capacityDlMbps, io.lang)}/${formatNumber(c.capacityUlMbps, io.lang)} Mbps, DL ${formatNumber(c.utilisationDl * 100, io.lang)} %, UL ${formatNumber(c.utilisationUl * 100, io.lang)} %`,
      );
    for (const w of plan.warnings) lines.push(`  ${da ? 'advarsel' : 'warning'}: ${formatProblem(w, io.lang)}`);
    io.stdout(lines.join('\n'));
    return anyInfeasible ? EXIT_INVALID : EXIT_OK;
  },
};
