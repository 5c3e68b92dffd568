import type { CliIo } from '../../cli/io';
import { main } from '../../cli/main';

/** Runs the CLI in-process with captured output; returns the exit code and stdout/stderr text. */
export async function runCli(
  args: string[],
  lang: 'da' | 'en' = 'en',
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
