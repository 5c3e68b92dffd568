import * as path from 'node:path';

import { app } from 'electron';

/** Where the main process finds its files and keeps its state. */
export interface AppPaths {
  /** Built renderer (dist/renderer), served over app://. */
  rendererDir: string;
  preloadFile: string;
  recoveryDir: string;
  recentFilesFile: string;
  windowStateFile: string;
}

/** Resolves paths relative to the bundled main (dist/electron/main.cjs) and userData. */
export function resolveAppPaths(): AppPaths {
  const userData = app.getPath('userData');
  return {
    rendererDir: path.join(__dirname, '..', 'renderer'),
    preloadFile: path.join(__dirname, 'preload.cjs'),
    recoveryDir: path.join(userData, 'recovery'),
    recentFilesFile: path.join(userData, 'recent-files.json'),
    windowStateFile: path.join(userData, 'window-state.json'),
  };
}
