import { allowedExternalUrl } from '../../core/host/external-links';
import type { HostApi, OpenResult, RecentFile, SaveResult } from '../../core/host/host-api';
import type { ChooseExportTarget, ExportTarget } from './export-target';
import {
  downloadBlob,
  ensurePermission,
  fsWindow,
  isAbort,
  pickWithInput,
  PROJECT_TYPES,
  type PickerType,
} from './fs-access';
import { idbAll, idbDelete, idbGet, idbSet } from './idb';
import { subscribeMenuCommands } from './menu-bus';
import { describeBrowserFileError, readPickedFile, readProjectText } from './browser-files';
import { clearRecoverySlot, readRecoverySlot, tabId, writeRecoverySlot } from './recovery-slots';

const RECENT_LIMIT = 10;

/** The error's own text (kept for a bug report; the UI words it from `reason`). */
function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The DOMException name of a failure (NotAllowedError, QuotaExceededError…), so the UI can say it in its language. */
function reason(error: unknown): string | undefined {
  return error instanceof DOMException || error instanceof Error ? error.name : undefined;
}

/** Picker refusals that mean "no picker here" (no user activation, blocked by policy), not "the user said no". */
function isPickerRefused(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'SecurityError' || error.name === 'NotAllowedError');
}

function pickerTypes(suggestedName: string, mimeType: string): PickerType[] {
  const ext = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.')) : '';
  return ext ? [{ description: ext, accept: { [mimeType]: [ext] } }] : [];
}

function downloadTarget(suggestedName: string, mimeType: string): ExportTarget {
  return {
    name: suggestedName,
    via: 'download',
    write: (bytes) => {
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), suggestedName);
      return Promise.resolve({ ok: true, name: suggestedName });
    },
  };
}

function fileTarget(handle: FileSystemFileHandle): ExportTarget {
  return {
    name: handle.name,
    via: 'file',
    async write(bytes) {
      try {
        const writable = await handle.createWritable();
        await writable.write(new Blob([bytes as Uint8Array<ArrayBuffer>]));
        await writable.close();
        return { ok: true, name: handle.name };
      } catch (error) {
        return { ok: false, message: message(error), reason: reason(error) };
      }
    },
  };
}

/** Stores a handle (deduplicated with isSameEntry) and puts it first in the recent list. */
async function rememberHandle(handle: FileSystemFileHandle): Promise<string> {
  let handleId: string | null = null;
  for (const recent of await idbAll<RecentFile>('recent')) {
    const stored = await idbGet<FileSystemFileHandle>('handles', recent.handleId);
    if (stored && (await stored.isSameEntry(handle))) handleId = recent.handleId;
  }
  handleId ??= crypto.randomUUID();
  await idbSet('handles', handleId, handle);
  await idbSet('recent', handleId, { handleId, name: handle.name, openedAt: new Date().toISOString() });
  const all = await idbAll<RecentFile>('recent');
  const stale = all.sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(RECENT_LIMIT);
  for (const old of stale) {
    await idbDelete('recent', old.handleId);
    await idbDelete('handles', old.handleId);
  }
  return handleId;
}

async function readHandle(handle: FileSystemFileHandle, handleId: string): Promise<OpenResult> {
  if (!(await ensurePermission(handle, 'read'))) return { ok: false, canceled: true };
  return readProjectText(await handle.getFile(), handleId);
}

/** Writes through a swap file the browser commits on close; a failed write is aborted, so the file is untouched. */
async function writeHandle(handle: FileSystemFileHandle, data: string | Uint8Array): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(typeof data === 'string' ? data : new Blob([data as Uint8Array<ArrayBuffer>]));
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** A write that failed after the user picked the file: the error names that file, not the suggested name. */
class PickedFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

async function saveWithPicker(suggestedName: string, types: PickerType[], data: string | Uint8Array) {
  const picker = fsWindow().showSaveFilePicker;
  if (!picker) return null;
  const handle = await picker({ suggestedName, types });
  try {
    await writeHandle(handle, data);
  } catch (error) {
    throw new PickedFileError(handle.name, error);
  }
  return handle;
}

/** The user-facing message of a failed write of `fallbackName` (or of the file the user picked). */
function writeFailure(error: unknown, fallbackName: string): string {
  return error instanceof PickedFileError
    ? describeBrowserFileError(error.original, error.fileName, 'write')
    : describeBrowserFileError(error, fallbackName, 'write');
}

/** HostApi for the browser build: File System Access API with input/download fallbacks, IndexedDB. */
export function createBrowserHost(): HostApi & { chooseExportTarget: ChooseExportTarget } {
  let dirty = false;
  // Take this tab's lock now, so other tabs see it alive before it has written anything.
  void tabId();
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  return {
    kind: 'browser',
    getLocale: () => Promise.resolve(navigator.language),

    async openProject(): Promise<OpenResult> {
      try {
        const picker = fsWindow().showOpenFilePicker;
        if (picker) {
          const [handle] = await picker({ types: PROJECT_TYPES });
          if (!handle) return { ok: false, canceled: true };
          return await readHandle(handle, await rememberHandle(handle));
        }
        const file = await pickWithInput('.frekvensplan,.json,application/json');
        if (!file) return { ok: false, canceled: true };
        return await readProjectText(file, null);
      } catch (error) {
        if (isAbort(error)) return { ok: false, canceled: true };
        return { ok: false, canceled: false, message: describeBrowserFileError(error, 'project', 'read') };
      }
    },

    async openRecent(handleId) {
      try {
        const handle = await idbGet<FileSystemFileHandle>('handles', handleId);
        if (!handle)
          return {
            ok: false,
            canceled: false,
            message: describeBrowserFileError(new DOMException('', 'NotFoundError'), handleId, 'read'),
          };
        await rememberHandle(handle);
        return await readHandle(handle, handleId);
      } catch (error) {
        return { ok: false, canceled: false, message: describeBrowserFileError(error, handleId, 'read') };
      }
    },

    async listRecent() {
      const all = await idbAll<RecentFile>('recent');
      return all.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    },

    async saveProject({ handleId, suggestedName, text, saveAs }): Promise<SaveResult> {
      try {
        const stored = handleId && !saveAs ? await idbGet<FileSystemFileHandle>('handles', handleId) : undefined;
        if (stored && handleId) {
          if (!(await ensurePermission(stored, 'readwrite'))) return { ok: false, canceled: true };
          await writeHandle(stored, text);
          await rememberHandle(stored);
          return { ok: true, handleId, name: stored.name };
        }
        const handle = await saveWithPicker(suggestedName, PROJECT_TYPES, text);
        if (handle) return { ok: true, handleId: await rememberHandle(handle), name: handle.name };
        downloadBlob(new Blob([text], { type: 'application/json' }), suggestedName);
        return { ok: true, handleId: null, name: suggestedName };
      } catch (error) {
        if (isAbort(error)) return { ok: false, canceled: true };
        return { ok: false, canceled: false, message: writeFailure(error, suggestedName) };
      }
    },

    // One slot per tab and document, so tabs never delete each other's copies (D3).
    writeRecovery: (entry, replacesId) => writeRecoverySlot(entry, replacesId),
    readRecovery: () => readRecoverySlot(),
    clearRecovery: (id) => clearRecoverySlot(id),

    setDocumentState(state) {
      document.title = state.title;
      dirty = state.dirty;
    },

    onMenuCommand: (listener) => subscribeMenuCommands(listener),
    // A browser tab receives no files from the OS.
    onOpenFile: () => () => undefined,

    async exportFile({ suggestedName, bytes, mimeType }) {
      try {
        const handle = await saveWithPicker(suggestedName, pickerTypes(suggestedName, mimeType), bytes);
        if (handle) return { ok: true, handleId: null, name: handle.name };
        downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), suggestedName);
        return { ok: true, handleId: null, name: suggestedName };
      } catch (error) {
        if (isAbort(error)) return { ok: false, canceled: true };
        return { ok: false, canceled: false, message: writeFailure(error, suggestedName) };
      }
    },

    async chooseExportTarget({ suggestedName, mimeType }) {
      const picker = fsWindow().showSaveFilePicker;
      if (!picker) return { ok: true, target: downloadTarget(suggestedName, mimeType) };
      try {
        // Called synchronously from the click: this is the only moment Chromium allows the picker.
        const handle = await picker({ suggestedName, types: pickerTypes(suggestedName, mimeType) });
        return { ok: true, target: fileTarget(handle) };
      } catch (error) {
        if (isAbort(error)) return { ok: false, canceled: true };
        // No user activation left or blocked by policy: the browser's download still works.
        if (isPickerRefused(error)) return { ok: true, target: downloadTarget(suggestedName, mimeType) };
        return { ok: false, canceled: false, message: message(error), reason: reason(error) };
      }
    },

    async pickImportFile(extensions) {
      const file = await pickWithInput(extensions.map((e) => (e.startsWith('.') ? e : `.${e}`)).join(','));
      return file ? readPickedFile(file) : null;
    },

    async openExternal(url) {
      // The same allow-list as the desktop build; the normalised URL that passed it is what opens.
      const allowed = allowedExternalUrl(url);
      if (allowed === null) return false;
      window.open(allowed, '_blank', 'noopener');
      return true;
    },
  };
}
