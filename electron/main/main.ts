/**
 * Entry of the main process (bundled to dist/electron/main.cjs): single-instance lock, the
 * app:// protocol, hardening, IPC handlers, menu and the main window. Files handed over by the
 * OS are opened once the window exists.
 */
import type { BrowserWindow } from 'electron';
import { app } from 'electron';

import { projectPathFromArgv } from '../services/argv';
import { langFromLocale } from '../../node/fs-messages';
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol';
import type { MainContext } from './context';
import { DocumentSession } from './document-session';
import { openPathsFromOs, registerHandlers } from './handlers';
import { installMenu } from './menu';
import { OpenFileQueue } from './open-file-queue';
import { resolveAppPaths } from './paths';
import { flushPendingWrites } from './pending-writes';
import { hardenWebContents } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let ctx: MainContext | null = null;
/** Paths received before the app was ready (macOS `open-file`, first-start argv). */
const earlyPaths: string[] = [];

function openPaths(filePaths: string[]): void {
  if (ctx && mainWindow) {
    openPathsFromOs(ctx, filePaths);
    return;
  }
  earlyPaths.push(...filePaths);
  // macOS keeps running without windows: a file opened from the Finder brings one back.
  if (ctx) void showMainWindow(ctx);
}

async function showMainWindow(context: MainContext): Promise<void> {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  context.session.dirty = false;
  context.session.allowClose = false;
  context.session.closeAfterSave = false;
  const win = await createMainWindow(context);
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  openPathsFromOs(context, earlyPaths.splice(0));
}

async function start(): Promise<void> {
  const paths = resolveAppPaths();
  serveRendererOverAppScheme(paths.rendererDir);
  const context: MainContext = {
    paths,
    lang: langFromLocale(app.getLocale()),
    session: new DocumentSession(),
    openFiles: new OpenFileQueue(),
    getWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
    refreshMenu: () => void installMenu(context).catch((error: unknown) => console.error('[main] menu', error)),
  };
  ctx = context;
  registerHandlers(context);
  await installMenu(context);
  await showMainWindow(context);
  app.on('activate', () => void showMainWindow(context));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Lets end-to-end tests run against a throw-away profile.
  if (process.env.FREKVENSPLAN_USER_DATA_DIR) app.setPath('userData', process.env.FREKVENSPLAN_USER_DATA_DIR);
  registerAppScheme();
  hardenWebContents();
  app.enableSandbox();

  const firstPath = projectPathFromArgv(process.argv, process.cwd());
  if (firstPath) earlyPaths.push(firstPath);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = projectPathFromArgv(argv, workingDirectory);
    if (ctx) void showMainWindow(ctx);
    if (filePath) openPaths([filePath]);
  });

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openPaths([filePath]);
  });

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform === 'darwin' && !quitting) return;
    void flushPendingWrites().then(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] failed to start', error);
      app.exit(1);
    });
}
