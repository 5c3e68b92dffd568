import type { Rectangle } from 'electron';
import { BrowserWindow, dialog, screen } from 'electron';

import { dialogPlatform, unsavedChoicesForNativeDialog } from '../../core/host/unsaved-changes';
import { clearRecovery } from '../services/recovery';
import type { WindowState } from '../services/window-state';
import { loadWindowState, MIN_WINDOW_SIZE, saveWindowState } from '../services/window-state';
import { APP_INDEX_URL, EVENT_CHANNELS } from '../shared/ipc-contract';
import type { MenuCommandEvent } from '../shared/ipc-contract';
import type { MainContext } from './context';
import { denyPermissions } from './security';
import { trackWrite } from './pending-writes';

/** Creates the main window with hardened web preferences at its remembered position. */
export async function createMainWindow(ctx: MainContext): Promise<BrowserWindow> {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = await loadWindowState(ctx.paths.windowStateFile, workAreas);
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Frekvensplan',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: ctx.paths.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  denyPermissions(win.webContents.session);
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-start-loading', () => ctx.openFiles.markNotReady());
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[main] renderer gone: ${details.reason}`);
    // Nothing can be saved from a dead renderer; the autosave copy is offered on the next start.
    ctx.session.dirty = false;
  });
  win.on('close', (event) => {
    if (ctx.session.dirty && !ctx.session.allowClose) {
      event.preventDefault();
      void confirmClose(ctx, win);
      return;
    }
    trackWrite(saveWindowState(ctx.paths.windowStateFile, currentWindowState(win)));
  });
  await win.loadURL(APP_INDEX_URL);
  return win;
}

function currentWindowState(win: BrowserWindow): WindowState {
  const bounds: Rectangle = win.getNormalBounds();
  return { ...bounds, isMaximized: win.isMaximized() };
}

/** Sends a menu command to the window's renderer. */
export function sendMenuCommand(win: BrowserWindow, payload: MenuCommandEvent): void {
  if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS.menuCommand, payload);
}

const CHOICE_LABELS = {
  da: { save: 'Gem', discard: 'Gem ikke', cancel: 'Annuller' },
  en: { save: 'Save', discard: "Don't Save", cancel: 'Cancel' },
} as const;

/** Asks Save / Don't save / Cancel about unsaved changes, the buttons in the platform's order (Save the default). */
async function confirmClose(ctx: MainContext, win: BrowserWindow): Promise<void> {
  const { session } = ctx;
  if (session.confirming) return;
  session.confirming = true;
  const da = ctx.lang === 'da';
  const choices = unsavedChoicesForNativeDialog(dialogPlatform(process.platform));
  try {
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      buttons: choices.map((choice) => CHOICE_LABELS[ctx.lang][choice]),
      defaultId: choices.indexOf('save'),
      cancelId: choices.indexOf('cancel'),
      noLink: true,
      title: 'Frekvensplan',
      message: da ? 'Vil du gemme ændringerne i projektet?' : 'Do you want to save the changes to the project?',
      detail: da
        ? 'Dine ændringer går tabt, hvis du ikke gemmer dem.'
        : "Your changes will be lost if you don't save them.",
    });
    const choice = choices[response];
    if (choice === 'save') {
      // Closes in the setDocumentState handler once the renderer reports a clean document;
      // a cancelled or failed save disarms this in the saveProject handler.
      session.closeAfterSave = true;
      sendMenuCommand(win, { command: 'file.save' });
    } else if (choice === 'discard') {
      session.allowClose = true;
      await clearRecovery(ctx.paths.recoveryDir).catch(() => undefined);
      win.close();
    }
  } finally {
    session.confirming = false;
  }
}
