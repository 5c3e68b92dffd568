/** The main-process side of every HostApi method, registered through the IPC wrapper. */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';

import type { BrowserWindow, WebContents } from 'electron';
import { app, BrowserWindow as BrowserWindowClass, dialog } from 'electron';

import type { OpenResult, SaveRequest, SaveResult } from '../../core/host/host-api';
import { fileByteLimit } from '../../core/io/limits';
import {
  ensureProjectExtension,
  MAX_PROJECT_BYTES,
  PROJECT_EXTENSION,
  readFileLimited,
  readProjectFile,
  sanitizeFileName,
  saveProjectFile,
  writeExportFile,
} from '../../node/project-files';
import { addRecentFile, isRecentFile, listRecentFiles } from '../services/recent-files';
import { clearRecovery, readRecovery, writeRecovery } from '../services/recovery';
import type { MainContext } from './context';
import { handle, on } from './ipc';
import { trackWrite } from './pending-writes';
import { openExternalIfAllowed } from './security';

const CANCELED = { ok: false, canceled: true } as const;

function ownerWindow(sender: WebContents): BrowserWindow | undefined {
  return BrowserWindowClass.fromWebContents(sender) ?? undefined;
}

function projectFilters(da: boolean) {
  return [
    { name: da ? 'Frekvensplan-projekt' : 'Frekvensplan project', extensions: [PROJECT_EXTENSION] },
    { name: da ? 'Alle filer' : 'All files', extensions: ['*'] },
  ];
}

/** Reads a project the user chose or the OS handed over, granting and remembering its path. */
export async function openProjectPath(ctx: MainContext, filePath: string): Promise<OpenResult> {
  const result = await readProjectFile(filePath, { lang: ctx.lang, maxBytes: MAX_PROJECT_BYTES });
  if (result.ok && result.file.handleId) await rememberPath(ctx, result.file.handleId);
  return result;
}

async function rememberPath(ctx: MainContext, filePath: string): Promise<void> {
  ctx.session.grantedPaths.add(path.resolve(filePath));
  await addRecentFile(ctx.paths.recentFilesFile, filePath).catch((error: unknown) =>
    console.error('[main] recent list not updated', error),
  );
  ctx.refreshMenu();
}

/** True when the renderer may read or write `handleId` without asking the user again. */
async function isGranted(ctx: MainContext, handleId: string): Promise<boolean> {
  if (!path.isAbsolute(handleId)) return false;
  return ctx.session.grantedPaths.has(path.resolve(handleId)) || isRecentFile(ctx.paths.recentFilesFile, handleId);
}

async function saveProject(ctx: MainContext, sender: WebContents, request: SaveRequest): Promise<SaveResult> {
  const da = ctx.lang === 'da';
  let target: string;
  if (!request.saveAs && request.handleId !== null && (await isGranted(ctx, request.handleId))) {
    target = request.handleId;
  } else {
    const defaultName = ensureProjectExtension(sanitizeFileName(request.suggestedName, da ? 'projekt' : 'project'));
    const defaultPath =
      request.handleId !== null && (await isGranted(ctx, request.handleId))
        ? path.join(path.dirname(request.handleId), defaultName)
        : path.join(app.getPath('documents'), defaultName);
    const options = { title: da ? 'Gem projekt' : 'Save project', defaultPath, filters: projectFilters(da) };
    const win = ownerWindow(sender);
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return CANCELED;
    target = ensureProjectExtension(choice.filePath);
  }
  const result = await saveProjectFile(target, request.text, ctx.lang);
  if (result.ok && result.handleId) await rememberPath(ctx, result.handleId);
  return result;
}

/** Registers every invoke and send handler. */
export function registerHandlers(ctx: MainContext): void {
  const da = ctx.lang === 'da';
  handle('getLocale', () => app.getLocale());

  handle('openProject', async (sender) => {
    const options = {
      title: da ? 'Åbn projekt' : 'Open project',
      properties: ['openFile' as const],
      filters: projectFilters(da),
    };
    const win = ownerWindow(sender);
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return CANCELED;
    return openProjectPath(ctx, filePath);
  });

  handle('openRecent', async (_sender, handleId) => {
    if (!(await isGranted(ctx, handleId))) {
      const message = da ? 'Filen er ikke på listen over seneste filer.' : 'The file is not on the recent list.';
      return { ok: false, canceled: false, message };
    }
    return openProjectPath(ctx, handleId);
  });

  handle('listRecent', () => listRecentFiles(ctx.paths.recentFilesFile));

  handle('saveProject', async (sender, request) => {
    let saved = false;
    try {
      const result = await saveProject(ctx, sender, request);
      saved = result.ok;
      return result;
    } finally {
      // A close waiting for this save only proceeds when it succeeded; a failed, cancelled or thrown save disarms it (D2).
      if (!saved) ctx.session.closeAfterSave = false;
    }
  });

  // One window, one slot (current.json): a restored copy is replaced by the next write, so replacesId and the
  // id of clearRecovery name the same slot.
  handle('writeRecovery', (_sender, entry) =>
    writeRecovery(ctx.paths.recoveryDir, { ...entry, savedAt: new Date().toISOString() }),
  );
  handle('readRecovery', () => readRecovery(ctx.paths.recoveryDir));
  handle('clearRecovery', () => clearRecovery(ctx.paths.recoveryDir));

  handle('exportFile', async (sender, request): Promise<SaveResult> => {
    const name = sanitizeFileName(request.suggestedName, 'export');
    const extension = path.extname(name).slice(1);
    const options = {
      title: da ? 'Eksportér' : 'Export',
      defaultPath: path.join(app.getPath('documents'), name),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    };
    const win = ownerWindow(sender);
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return CANCELED;
    const written = await writeExportFile(choice.filePath, request.bytes, ctx.lang);
    return written.ok
      ? { ok: true, handleId: choice.filePath, name: path.basename(choice.filePath) }
      : { ok: false, canceled: false, message: written.message };
  });

  handle('pickImportFile', async (sender, dottedExtensions) => {
    // HostApi callers may write `.geojson`; Electron's filters want `geojson`.
    const extensions = dottedExtensions.map((e) => e.replace(/^\./, ''));
    const options = {
      title: da ? 'Importér' : 'Import',
      properties: ['openFile' as const],
      filters: extensions.length > 0 ? [{ name: extensions.join(', '), extensions }] : [],
    };
    const win = ownerWindow(sender);
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return null;
    const name = path.basename(filePath);
    const limitBytes = fileByteLimit(name);
    const size = await stat(filePath).then(
      (s) => s.size,
      () => 0,
    );
    if (size > limitBytes) return { name, tooLarge: { sizeBytes: size, limitBytes } };
    const read = await readFileLimited(filePath, { lang: ctx.lang, maxBytes: limitBytes });
    if (!read.ok) {
      // HostApi has no error value here; tell the user directly.
      const box = { type: 'error' as const, title: 'Frekvensplan', message: read.message };
      if (win) await dialog.showMessageBox(win, box);
      else await dialog.showMessageBox(box);
      return null;
    }
    return { name, bytes: new Uint8Array(read.bytes) };
  });

  handle('openExternal', (_sender, url) => openExternalIfAllowed(url));

  on('setDocumentState', (sender, state) => {
    const win = ownerWindow(sender);
    if (!win) return;
    ctx.session.dirty = state.dirty;
    win.setTitle(state.title.includes('Frekvensplan') ? state.title : `${state.title} — Frekvensplan`);
    if (process.platform === 'darwin') win.setDocumentEdited(state.dirty);
    if (!state.dirty && ctx.session.closeAfterSave) {
      ctx.session.closeAfterSave = false;
      win.close();
    }
  });

  on('rendererReady', (sender) => {
    if (ownerWindow(sender) === ctx.getWindow()) ctx.openFiles.markReady(sender);
  });
}

/** Opens OS-provided project paths in the renderer (queued until it listens). */
export function openPathsFromOs(ctx: MainContext, filePaths: readonly string[]): void {
  for (const filePath of filePaths) {
    trackWrite(openProjectPath(ctx, filePath).then((result) => ctx.openFiles.push(result)));
  }
}
