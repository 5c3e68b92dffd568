import type { HostApi } from '../../core/host/host-api';
import { createBrowserHost } from './browser-host';
import type { ChooseExportTarget } from './export-target';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser build. */
    frekvensplanHost?: HostApi;
  }
}

const browserHost = window.frekvensplanHost ? null : createBrowserHost();

/** The HostApi of this window: the Electron preload bridge when present, else the browser host. */
export const host: HostApi = window.frekvensplanHost ?? (browserHost as HostApi);

/** The browser build's "ask where to save first" (null in Electron, whose dialog builds after asking anyway). */
export const chooseExportTarget: ChooseExportTarget | null = browserHost?.chooseExportTarget ?? null;
