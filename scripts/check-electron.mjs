// First step of `npm start`: Electron's runtime is a separate download (from GitHub, during `npm ci`). Where it
// is missing (offline or locked-down machines) this explains that in one message and points to `npm run web`,
// instead of the stack trace `electron .` prints. It never tries to download anything itself.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron package folder (FREKVENSPLAN_ELECTRON_DIR replaces it in tests). */
function electronDir() {
  if (process.env.FREKVENSPLAN_ELECTRON_DIR !== undefined) return process.env.FREKVENSPLAN_ELECTRON_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable, or null when the runtime is not installed. */
function electronRuntime(dir) {
  if (!dir) return null;
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const file = override ? join(override, relative || 'electron') : relative ? join(dir, 'dist', relative) : null;
  return file && existsSync(file) ? file : null;
}

if (!electronRuntime(electronDir())) {
  console.error(
    "Electron's runtime is not installed: npm ci downloads it from GitHub, and this machine could not (offline or blocked). " +
      'Run `npm run web` for the same app in your browser at http://127.0.0.1:5173, ' +
      'or run `npm ci` again where GitHub is reachable (ELECTRON_MIRROR can point at a mirror).',
  );
  process.exit(1);
}
