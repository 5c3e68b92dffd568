/**
 * Hardening for every web contents: no navigation away from the app, no new windows (allow-listed
 * https links go to the system browser), no webviews, no permissions (Electron Fiddle
 * `src/main/windows.ts`; Electron security checklist).
 */
import type { Session } from 'electron';
import { app, shell } from 'electron';

import { allowedExternalUrl } from '../shared/external-links';
import { isAppUrl } from '../shared/ipc-guard';

/** Opens an allow-listed https URL in the system browser, as the normalised URL that passed the check (E3); false otherwise. */
export async function openExternalIfAllowed(url: string): Promise<boolean> {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) return false;
  await shell.openExternal(allowed);
  return true;
}

/** Denies every permission request and check on the session. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Applies navigation, window-open and webview restrictions to all current and future web contents. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // The renderer is a single page: any navigation is denied; allow-listed links open in the browser.
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (!isAppUrl(url)) void openExternalIfAllowed(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalIfAllowed(url);
      return { action: 'deny' };
    });
  });
}
