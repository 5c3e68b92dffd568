import type { MenuCommand } from '../../core/host/host-api';

/**
 * Commands of the renderer: the host's menu commands (the native Electron menu, the browser menu bar, the map
 * toolbar and the keyboard shortcuts all send the same set) plus renderer-only ones (the shortcuts sheet, F1).
 */
export type AppCommand = MenuCommand | 'help.shortcuts';
