/**
 * A minimal in-memory stand-in for the `electron` module, enough to run the main process's
 * startup, IPC handlers, menu and close flow under vitest (the Electron binary is not needed).
 */
import { EventEmitter } from 'node:events';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly sent: [string, unknown][] = [];
  url = '';
  openHandler: ((details: { url: string }) => unknown) | undefined;
  readonly session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
  };
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.openHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
}

/** A window created by the main process under test. */
export interface FakeWindow {
  readonly options: { webPreferences: Record<string, unknown> };
  readonly webContents: FakeWebContents;
  title: string;
  closed: boolean;
  close(): void;
}

export interface ElectronStub {
  /** The module object `vi.mock('electron', …)` returns. */
  electron: Record<string, unknown>;
  handlers: Map<string, Listener>;
  listeners: Map<string, Listener>;
  windows: FakeWindow[];
  /** Buttons the next message boxes answer with (default: Cancel). */
  dialogResponses: number[];
  /** Paths the next save dialogs answer with (default: cancelled). */
  savePaths: string[];
  /** URLs passed to shell.openExternal. */
  opened: string[];
  menus: { label?: string }[][];
  /** Options of every message box shown. */
  messageBoxes: { buttons?: string[]; defaultId?: number; cancelId?: number }[];
}

export function createElectronStub(userData: string): ElectronStub {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const dialogResponses: number[] = [];
  const messageBoxes: ElectronStub['messageBoxes'] = [];
  const savePaths: string[] = [];
  const opened: string[] = [];
  const menus: { label?: string }[][] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    enableSandbox: () => undefined,
    setPath: () => undefined,
    getPath: (name: string) => (name === 'userData' ? userData : `${userData}/documents`),
    getLocale: () => 'da-DK',
    whenReady: () => Promise.resolve(),
    quit: () => undefined,
    exit: () => undefined,
    clearRecentDocuments: () => undefined,
    addRecentDocument: () => undefined,
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    title = '';
    closed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static fromWebContents(contents: unknown) {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    async loadURL(url: string) {
      this.webContents.url = url;
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.closed;
    }
    isMaximized() {
      return false;
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      on: (channel: string, listener: Listener) => listeners.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
      removeAllListeners: (channel: string) => listeners.delete(channel),
    },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        messageBoxes.push(args[args.length - 1] as ElectronStub['messageBoxes'][number]);
        return { response: dialogResponses.shift() ?? 2 };
      },
      showSaveDialog: async () => {
        const filePath = savePaths.shift();
        return filePath ? { canceled: false, filePath } : { canceled: true };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => menus.push(menu),
    },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { electron, handlers, listeners, windows, dialogResponses, savePaths, opened, menus, messageBoxes };
}
