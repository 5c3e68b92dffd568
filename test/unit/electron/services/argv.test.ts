import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { projectPathFromArgv } from '../../../../electron/services/argv';

describe('projectPathFromArgv', () => {
  const cwd = resolve('/home/user');
  it('finds the project file and resolves it against the working directory', () => {
    expect(projectPathFromArgv(['frekvensplan', 'plan.frekvensplan'], cwd)).toBe(join(cwd, 'plan.frekvensplan'));
    expect(projectPathFromArgv(['electron', '.', '--flag', '/tmp/A.FREKVENSPLAN'], cwd)).toBe(
      resolve('/tmp/A.FREKVENSPLAN'),
    );
  });

  it('ignores flags, the app path and other files', () => {
    expect(projectPathFromArgv(['electron', '.', '--inspect=0', 'notes.txt'], cwd)).toBeNull();
    expect(projectPathFromArgv(['frekvensplan', '--open=x.frekvensplan'], cwd)).toBeNull();
    expect(projectPathFromArgv(['x.frekvensplan'], cwd)).toBeNull();
  });
});
