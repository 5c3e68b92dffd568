import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';

const root = join(__dirname, '../../..');
const tempDir = useTempDirs();

const check = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/check-electronegativity.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });

describe('Electronegativity in npm test', { timeout: 300_000 }, () => {
  // The passing run over electron/ itself is `npm run lint:electron`, a step of npm test.
  it('fails on a finding nobody explained (a window with Node integration)', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const r = check(['--input', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('NODE_INTEGRATION_JS_CHECK');
    expect(r.stderr).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });
});
