import type { MenuCommand } from '../../core/host/host-api';

/**
 * Commands of the renderer: the host's menu commands plus the lease-request commands, which
 * the browser menu bar, the map toolbar and Ctrl+Shift+R send. (The native Electron menu can
 * only send MenuCommand until core/host adds these.)
 */
export type AppCommand = MenuCommand | 'request.open' | 'terms.open' | 'slices.open';
