import type { BrowserWindow } from 'electron';

import type { Lang } from '../../core/i18n/localized';
import type { DocumentSession } from './document-session';
import type { OpenFileQueue } from './open-file-queue';
import type { AppPaths } from './paths';

/** The main process's shared state, passed to the modules that need it. */
export interface MainContext {
  paths: AppPaths;
  /** Language of native dialogs and menus, from the OS locale. */
  lang: Lang;
  session: DocumentSession;
  openFiles: OpenFileQueue;
  getWindow(): BrowserWindow | null;
  /** Rebuilds the native menu (after the recent list changed). */
  refreshMenu(): void;
}
