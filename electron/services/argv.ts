import * as path from 'node:path';

import { PROJECT_EXTENSION } from '../../node/project-files';

/**
 * The project file named on a command line (first start, or a second instance forwarded by the
 * single-instance lock), resolved against `cwd`; null when there is none. Flags are ignored.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) return path.resolve(cwd, arg);
  }
  return null;
}
