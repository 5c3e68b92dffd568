import { formatProblem, loadProject, summarizeProject, type Problem } from '../../core/project';
import { readProjectFile } from '../../electron/services/project-files';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

/** `frekvensplan inspect`: validates a project file and prints its summary or located problems. */
export const inspectCommand: Command = {
  summary: 'validate a project file and report its contents or problems',
  help: `frekvensplan inspect <project-file> [--json] [--lang da|en]

Validates a Frekvensplan project file and reports what it holds, or its problems with
their location. Exit code 0 when the file is valid, 1 when it is not.`,
  options: {},
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('inspect takes exactly one file');
    return runInspect(positionals[0] as string, { json: values.json === true }, io);
  },
};

async function runInspect(file: string, options: { json: boolean }, io: CliIo): Promise<number> {
  const read = await readProjectFile(file, { lang: io.lang });
  if (!read.ok) {
    const problem: Problem = {
      severity: 'error',
      path: '',
      file,
      message: {
        da: read.canceled ? 'Filen blev ikke læst.' : read.message,
        en: read.canceled ? 'The file was not read.' : read.message,
      },
    };
    return report(file, [problem], options, io);
  }
  const loaded = loadProject(read.file.text, { file: read.file.name });
  if (!loaded.ok) return report(file, loaded.problems, options, io);
  const { project, fromVersion, migrations } = loaded.value;
  const summary = summarizeProject(project);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        { file, valid: true, kind: 'project', fromSchemaVersion: fromVersion, migrations, summary, problems: [] },
        null,
        2,
      ),
    );
    return EXIT_OK;
  }
  const da = io.lang === 'da';
  const lines = [
    `${file}: ${da ? 'gyldigt Frekvensplan-projekt' : 'valid Frekvensplan project'} (schemaVersion ${summary.schemaVersion}${fromVersion !== summary.schemaVersion ? `, ${da ? 'migreret fra' : 'migrated from'} ${fromVersion}` : ''})`,
    `  ${da ? 'Navn' : 'Name'}: ${summary.name}${summary.isSample ? (da ? ' [eksempeldata]' : ' [sample data]') : ''}`,
    `  ${da ? 'Kommune' : 'Municipality'}: ${summary.municipality || '—'}`,
    `  Sites: ${summary.sites} (${summary.cells} ${da ? 'celler' : 'cells'})`,
    `  ${da ? 'Områder' : 'Areas'}: ${da ? 'interesse' : 'interest'} ${summary.areas.interest}, ${da ? 'leje' : 'lease'} ${summary.areas.lease}, ${da ? 'hændelse' : 'incident'} ${summary.areas.incident}, ${da ? 'byzone' : 'settlement'} ${summary.areas.settlement}`,
    `  ${da ? 'Dronekorridorer' : 'Drone corridors'}: ${summary.corridors}`,
    `  ${da ? 'Vilkårsprofil' : 'Terms profile'}: ${summary.termsProfileId ?? '—'}`,
  ];
  if (summary.bboxWgs84) lines.push(`  BBox WGS84: ${summary.bboxWgs84.map((v) => v.toFixed(5)).join(', ')}`);
  io.stdout(lines.join('\n'));
  return EXIT_OK;
}

function report(file: string, problems: Problem[], options: { json: boolean }, io: CliIo): number {
  if (options.json) {
    io.stdout(JSON.stringify({ file, valid: false, problems }, null, 2));
  } else {
    const header =
      io.lang === 'da'
        ? `${file}: ugyldig projektfil (${problems.length} problem(er))`
        : `${file}: invalid project file (${problems.length} problem(s))`;
    io.stderr([header, ...problems.map((p) => `  - ${formatProblem(p, io.lang)}`)].join('\n'));
  }
  return EXIT_INVALID;
}
