import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { _electron as electron, expect, test } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Path of the Electron binary, or why there is none. Deliberately not `require('electron')`:
 * that tries to download the binary when it is missing.
 */
function findElectronBinary(): { path: string } | { missing: string } {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(candidate) ? { path: candidate } : { missing: `no binary at ${candidate}` };
  }
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt is absent (binary never downloaded)' };
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} does not exist` };
}

const electronBinary = findElectronBinary();

test.describe('Electron main window', () => {
  test.skip(
    'missing' in electronBinary,
    `Electron binary not installed: ${'missing' in electronBinary ? electronBinary.missing : ''}`,
  );

  let userDataDir = '';
  test.beforeAll(() => {
    // The renderer build comes from the Playwright webServer; build the main process and preload here.
    execFileSync('npx', ['vite', 'build', '--config', 'vite.electron.config.ts'], { cwd: root, stdio: 'inherit' });
    if (!existsSync(join(root, 'dist/renderer/index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
        cwd: root,
        stdio: 'inherit',
      });
    }
    userDataDir = mkdtempSync(join(tmpdir(), 'frekvensplan-e2e-'));
  });
  test.afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

  test('opens the sample project in a hardened window', async () => {
    if ('missing' in electronBinary) return;
    const runningAsRoot = process.platform === 'linux' && process.getuid?.() === 0;
    const app = await electron.launch({
      executablePath: electronBinary.path,
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), '.'],
      cwd: root,
      env: { ...process.env, FREKVENSPLAN_USER_DATA_DIR: userDataDir, LANG: 'da_DK.UTF-8' },
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      await expect(window).toHaveTitle(/Frekvensplan/);
      await expect(window.getByText(/Langeland/).first()).toBeVisible();
      await expect(window.getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();

      // The page sees the typed bridge only: no Node, no raw IPC.
      const exposed = await window.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        const host = w.frekvensplanHost as Record<string, unknown> | undefined;
        return {
          kind: host?.kind,
          require: typeof w.require,
          process: typeof w.process,
          ipc: 'ipcRenderer' in (host ?? {}),
        };
      });
      expect(exposed).toEqual({ kind: 'electron', require: 'undefined', process: 'undefined', ipc: false });

      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL());
      expect(url).toBe('app://frekvensplan/index.html');

      await window.screenshot({ path: 'test-results/electron-main-window.png' });
    } finally {
      await app.close();
    }
  });
});
