import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, Listener>();
const listeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    on: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
    removeAllListeners: (channel: string) => listeners.delete(channel),
  },
}));

const { handle, on, removeAllIpcHandlers } = await import('../../../../electron/main/ipc');
const { INVOKE_CHANNELS, SEND_CHANNELS } = await import('../../../../electron/shared/ipc-contract');

function event(url: string | null, isMainFrame = true) {
  const frame = url === null ? null : { url, parent: isMainFrame ? null : {} };
  return { senderFrame: frame, sender: { id: 1 } };
}

describe('IPC wrapper', () => {
  beforeEach(() => {
    removeAllIpcHandlers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('calls the handler with validated arguments from the app and wraps the result', async () => {
    const handler = vi.fn(async (_sender: unknown, url: string) => url.startsWith('https://'));
    handle('openExternal', handler);
    const invoke = handlers.get(INVOKE_CHANNELS.openExternal);
    expect(await invoke?.(event('app://frekvensplan/index.html'), 'https://www.pts.se/')).toEqual({
      ok: true,
      value: true,
    });
    expect(handler).toHaveBeenCalledWith({ id: 1 }, 'https://www.pts.se/');
  });

  it('never runs the handler for foreign senders or bad arguments', async () => {
    const handler = vi.fn(() => true);
    handle('openExternal', handler);
    const invoke = handlers.get(INVOKE_CHANNELS.openExternal);
    for (const e of [
      event('https://evil.example/'),
      event('file:///etc/passwd'),
      event(null),
      event('app://frekvensplan/', false),
    ]) {
      expect(await invoke?.(e, 'https://www.pts.se/')).toMatchObject({
        ok: false,
        error: expect.stringContaining('untrusted'),
      });
    }
    expect(await invoke?.(event('app://frekvensplan/index.html'), 42)).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid arguments'),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns handler exceptions as error values', async () => {
    handle('listRecent', () => {
      throw new Error('disk on fire');
    });
    const invoke = handlers.get(INVOKE_CHANNELS.listRecent);
    expect(await invoke?.(event('app://frekvensplan/index.html'))).toEqual({
      ok: false,
      error: 'host:list-recent failed: disk on fire',
    });
  });

  it('drops invalid one-way messages', () => {
    const listener = vi.fn();
    on('setDocumentState', listener);
    const send = listeners.get(SEND_CHANNELS.setDocumentState);
    send?.(event('https://evil.example/'), { title: 'x', dirty: true });
    send?.(event('app://frekvensplan/index.html'), { title: 'x', dirty: 'yes' });
    expect(listener).not.toHaveBeenCalled();
    send?.(event('app://frekvensplan/index.html'), { title: 'x', dirty: true });
    expect(listener).toHaveBeenCalledWith({ id: 1 }, { title: 'x', dirty: true });
  });
});
