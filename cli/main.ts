import type { Lang } from '../core/i18n/localized';
import { parseCommandArgs, type Command } from './command';
import { calibrateCommand } from './commands/calibrate';
import { capacityCommand } from './commands/capacity';
import { coverageCommand } from './commands/coverage';
import { exportCommand } from './commands/export';
import { requestCommand } from './commands/request';
import { slicesCommand } from './commands/slices';
import { inspectCommand } from './commands/inspect';
import { linkCommand } from './commands/link';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { processIo, UsageError, type CliIo } from './io';

/** Every command, in the order `--help` lists them. */
const COMMANDS: Record<string, Command> = {
  inspect: inspectCommand,
  export: exportCommand,
  link: linkCommand,
  coverage: coverageCommand,
  calibrate: calibrateCommand,
  capacity: capacityCommand,
  slices: slicesCommand,
  request: requestCommand,
};

const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return `Frekvensplan ${VERSION} – planning private 5G networks on leased 3.5 GHz spectrum

Usage: frekvensplan <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`)
  .join('\n')}

Options for every command:
  --json          machine-readable output on stdout
  --lang da|en    language of human-readable output (default from LANG)
  -h, --help      show help

Exit codes: 0 ok, 1 invalid input or blocking findings, 2 usage error.
Run 'frekvensplan <command> --help' for a command's options.`;
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], ioOverride?: CliIo): Promise<number> {
  let io = ioOverride ?? processIo();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    if (name === undefined) {
      io.stderr(help());
      return EXIT_USAGE;
    }
    io.stdout(topic ? topic.help : help());
    return EXIT_OK;
  }
  if (name === '--version') {
    io.stdout(`frekvensplan ${VERSION}`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  // --lang and --json shape even the errors about the rest of the command line.
  const langIndex = rest.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const earlyLang =
    langIndex < 0 ? undefined : rest[langIndex]?.includes('=') ? rest[langIndex]?.split('=')[1] : rest[langIndex + 1];
  if (earlyLang === 'da' || earlyLang === 'en') io = { ...io, lang: earlyLang };
  const json = rest.includes('--json');
  try {
    if (!command)
      throw new UsageError(`unknown command '${name}'`, {
        da: `ukendt kommando '${name}'`,
        en: `unknown command '${name}'`,
      });
    const { values, positionals } = parseCommandArgs(rest, command.options);
    if (values.lang !== undefined) {
      if (values.lang !== 'da' && values.lang !== 'en')
        throw new UsageError(`--lang must be da or en, not ${String(values.lang)}`, {
          da: `--lang skal være da eller en, ikke ${String(values.lang)}`,
          en: `--lang must be da or en, not ${String(values.lang)}`,
        });
      io = { ...io, lang: values.lang as Lang };
    }
    if (values.help) {
      io.stdout(command.help);
      return EXIT_OK;
    }
    return await command.run(positionals, values, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const message = error.localized ?? { da: error.message, en: error.message };
      if (json)
        io.stdout(
          JSON.stringify({ ok: false, usage: true, problems: [{ severity: 'error', path: '', message }] }, null, 2),
        );
      else io.stderr(`frekvensplan: ${message[io.lang]}\n\n${command ? command.help : help()}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
