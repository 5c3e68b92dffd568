/**
 * Sandboxed preload: exposes exactly `HostApi` as `window.frekvensplanHost` through the
 * context bridge — named functions only, never `ipcRenderer` or an IPC event object
 * (Electron Fiddle `src/preload/preload.ts`). Bundled to one CommonJS file that requires
 * nothing but `electron`.
 */
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';

import type { HostApi, MenuCommand, OpenResult } from '../../core/host/host-api';
import type { InvokeArgs, InvokeMethod, InvokeResult, IpcReply, MenuCommandEvent } from '../shared/ipc-contract';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc-contract';

async function invoke<K extends InvokeMethod>(method: K, ...args: InvokeArgs<K>): Promise<InvokeResult<K>> {
  const reply = (await ipcRenderer.invoke(INVOKE_CHANNELS[method], ...args)) as IpcReply<InvokeResult<K>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

let openFileSubscribed = false;

const host: HostApi = {
  kind: 'electron',
  getLocale: () => invoke('getLocale'),
  openProject: () => invoke('openProject'),
  openRecent: (handleId) => invoke('openRecent', handleId),
  listRecent: () => invoke('listRecent'),
  saveProject: (request) =>
    invoke('saveProject', {
      handleId: request.handleId,
      suggestedName: request.suggestedName,
      text: request.text,
      saveAs: request.saveAs,
    }),
  writeRecovery: (entry, replacesId) =>
    invoke('writeRecovery', { name: entry.name, handleId: entry.handleId, text: entry.text }, replacesId),
  readRecovery: () => invoke('readRecovery'),
  clearRecovery: (id) => invoke('clearRecovery', id),
  setDocumentState: (state) => {
    ipcRenderer.send(SEND_CHANNELS.setDocumentState, { title: state.title, dirty: state.dirty });
  },
  onMenuCommand: (listener: (command: MenuCommand, recentHandleId?: string) => void) => {
    const wrapped = (_event: IpcRendererEvent, payload: MenuCommandEvent) => {
      if (payload.recentHandleId === undefined) listener(payload.command);
      else listener(payload.command, payload.recentHandleId);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, wrapped);
    };
  },
  onOpenFile: (listener: (result: OpenResult) => void) => {
    const wrapped = (_event: IpcRendererEvent, result: OpenResult) => listener(result);
    ipcRenderer.on(EVENT_CHANNELS.openFile, wrapped);
    if (!openFileSubscribed) {
      openFileSubscribed = true;
      // Main queues files opened from the OS until someone listens.
      ipcRenderer.send(SEND_CHANNELS.rendererReady);
    }
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.openFile, wrapped);
    };
  },
  exportFile: (request) =>
    invoke('exportFile', { suggestedName: request.suggestedName, bytes: request.bytes, mimeType: request.mimeType }),
  pickImportFile: (extensions) => invoke('pickImportFile', [...extensions]),
  openExternal: (url) => invoke('openExternal', url),
};

contextBridge.exposeInMainWorld('frekvensplanHost', host);
