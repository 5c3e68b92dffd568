import { app, Menu } from 'electron';

import type { RecentFile } from '../../core/host/host-api';
import { listRecentFiles } from '../services/recent-files';
import { DOCUMENTATION_URL } from '../shared/external-links';
import type { MainContext } from './context';
import { buildMenuTemplate } from './menu-template';
import { openExternalIfAllowed } from './security';
import { sendMenuCommand } from './window';

/** Builds and installs the native menu with the current recent list. */
export async function installMenu(ctx: MainContext): Promise<void> {
  const recentFiles: RecentFile[] = await listRecentFiles(ctx.paths.recentFilesFile).catch(() => []);
  const template = buildMenuTemplate({
    lang: ctx.lang,
    platform: process.platform,
    isPackaged: app.isPackaged,
    recentFiles,
    send: (command, recentHandleId) => {
      const win = ctx.getWindow();
      if (!win) return;
      sendMenuCommand(win, recentHandleId === undefined ? { command } : { command, recentHandleId });
    },
    openDocumentation: () => void openExternalIfAllowed(DOCUMENTATION_URL),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  if (process.platform === 'darwin') {
    app.clearRecentDocuments();
    for (const file of [...recentFiles].reverse()) app.addRecentDocument(file.handleId);
  }
}
