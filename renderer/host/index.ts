import type { HostApi } from '../../core/host/host-api';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser build. */
    frekvensplanHost?: HostApi;
  }
}

/** The HostApi of this window: the Electron preload bridge when present, else the browser host. */
export const host: HostApi = window.frekvensplanHost ?? createBrowserHost();
