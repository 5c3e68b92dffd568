import type { MenuCommand } from '../../core/host/host-api';

/**
 * Commands of the renderer. They are the host's menu commands: the native Electron menu, the
 * browser menu bar, the map toolbar and the keyboard shortcuts all send the same set.
 */
export type AppCommand = MenuCommand;
