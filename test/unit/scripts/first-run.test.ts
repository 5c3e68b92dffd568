import { spawnSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';

const root = join(__dirname, '../../..');
const tempDir = useTempDirs();

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script)], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('npm test checks for Chromium first', () => {
  it('stops with one sentence naming both ways to get a browser when none is installed', () => {
    const r = run('check-chromium.mjs', {
      FREKVENSPLAN_CHROMIUM_CANDIDATES: '',
      PLAYWRIGHT_BROWSERS_PATH: '/nonexistent',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no Chromium found');
    expect(r.stderr).toContain('apt install chromium');
    expect(r.stderr).toContain('CHROMIUM_PATH');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when CHROMIUM_PATH points nowhere, instead of trying other browsers', () => {
    const r = run('check-chromium.mjs', { CHROMIUM_PATH: '/nonexistent/chrome' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chrome');
  });

  it.skipIf(process.platform === 'win32')('accepts a browser that runs and refuses one that does not', async () => {
    const dir = await tempDir();
    const good = join(dir, 'chromium');
    await writeFile(good, '#!/bin/sh\necho "Chromium 999"\n');
    await chmod(good, 0o755);
    expect(run('check-chromium.mjs', { FREKVENSPLAN_CHROMIUM_CANDIDATES: good }).status).toBe(0);
    const broken = join(dir, 'broken');
    await writeFile(broken, '#!/bin/sh\necho "error while loading shared libraries" >&2\nexit 127\n');
    await chmod(broken, 0o755);
    const r = run('check-chromium.mjs', { CHROMIUM_PATH: broken });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${broken} does not (error while loading shared libraries)`);
  });
});

describe('npm start checks for the Electron runtime first', () => {
  it('explains a missing runtime in one message and points to npm run web, without a stack trace', async () => {
    const dir = await tempDir();
    const r = run('check-electron.mjs', { FREKVENSPLAN_ELECTRON_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("Electron's runtime is not installed");
    expect(r.stderr).toContain('npm run web');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('lets npm start go on when the runtime is there', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'path.txt'), 'electron');
    await writeFile(join(dir, 'dist', 'electron'), '');
    expect(run('check-electron.mjs', { FREKVENSPLAN_ELECTRON_DIR: dir }).status).toBe(0);
  });
});
