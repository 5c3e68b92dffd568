import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { createElectronStub } from './electron-stub';

const root = join(__dirname, '../../../..');
const sample = join(root, 'data/samples/langeland.frekvensplan');
const userData = await mkdtemp(join(tmpdir(), 'frekvensplan-main-'));
const stub = createElectronStub(userData);
vi.mock('electron', () => stub.electron);

// The app is started from a file manager with the sample project as argument.
const argv = process.argv;
process.argv = ['frekvensplan', sample];
await import('../../../../electron/main/main');
process.argv = argv;
await vi.waitFor(() => expect(stub.windows).toHaveLength(1));
const win = stub.windows[0]!;
const contents = win.webContents;
const fromApp = { senderFrame: { url: 'app://frekvensplan/index.html', parent: null }, sender: contents };

async function invoke(channel: string, ...args: unknown[]) {
  const handler = stub.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(fromApp, ...args)) as { ok: boolean; value?: unknown; error?: string };
}
function send(channel: string, ...args: unknown[]) {
  stub.listeners.get(channel)?.(fromApp, ...args);
}

describe('main process (with a stand-in for electron)', () => {
  afterAll(() => rm(userData, { recursive: true, force: true }));

  it('opens a hardened window on app:// with a Danish menu', async () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(contents.url).toBe('app://frekvensplan/index.html');
    expect(stub.menus.at(-1)?.map((m) => m.label)).toEqual(['&Filer', '&Rediger', '&Vis', '&Planlægning', '&Hjælp']);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(await invoke('host:get-locale')).toEqual({ ok: true, value: 'da-DK' });
  });

  it('queues the argv project until the renderer listens, then sends it', async () => {
    await vi.waitFor(async () =>
      expect(await invoke('host:list-recent')).toMatchObject({ value: [{ handleId: sample }] }),
    );
    expect(contents.sent).toEqual([]);
    send('host:renderer-ready');
    expect(contents.sent).toEqual([
      [
        'host:open-file',
        { ok: true, file: expect.objectContaining({ handleId: sample, name: 'langeland.frekvensplan' }) },
      ],
    ]);
  });

  it('opens recent files only from the recent list', async () => {
    expect(await invoke('host:open-recent', sample)).toMatchObject({ ok: true, value: { ok: true } });
    expect(await invoke('host:open-recent', '/etc/passwd')).toMatchObject({
      ok: true,
      value: { ok: false, canceled: false },
    });
  });

  it('asks where to save a file it has not granted, and keeps a backup on the next save', async () => {
    const target = join(userData, 'plan');
    stub.savePaths.push(target);
    const first = await invoke('host:save-project', {
      handleId: '/etc/passwd',
      suggestedName: 'x',
      text: '1',
      saveAs: false,
    });
    expect(first).toEqual({
      ok: true,
      value: { ok: true, handleId: `${target}.frekvensplan`, name: 'plan.frekvensplan' },
    });
    await invoke('host:save-project', {
      handleId: `${target}.frekvensplan`,
      suggestedName: 'x',
      text: '2',
      saveAs: false,
    });
    expect(await readFile(`${target}.frekvensplan`, 'utf8')).toBe('2');
    expect(await readFile(`${target}.frekvensplan.bak`, 'utf8')).toBe('1');
  });

  it('keeps and clears the recovery copy', async () => {
    await invoke('host:write-recovery', { name: 'a', handleId: null, text: '{}' });
    expect(await invoke('host:read-recovery')).toMatchObject({ value: { name: 'a', text: '{}' } });
    await invoke('host:clear-recovery');
    expect(await invoke('host:read-recovery')).toEqual({ ok: true, value: null });
  });

  it('opens only allow-listed links, as the normalised URL that passed the check (E3)', async () => {
    expect(await invoke('host:open-external', 'https://www.pts.se/')).toEqual({ ok: true, value: true });
    expect(await invoke('host:open-external', 'https://evil.example/')).toEqual({ ok: true, value: false });
    // The raw strings carry a space, a tab and a newline the OS handler could read differently.
    expect(await invoke('host:open-external', ' https://www.pts.se/a b')).toEqual({ ok: true, value: true });
    expect(await invoke('host:open-external', 'https://www.p\tts.se/x\n')).toEqual({ ok: true, value: true });
    expect(stub.opened).toEqual(['https://www.pts.se/', 'https://www.pts.se/a%20b', 'https://www.pts.se/x']);
  });

  it('disarms a pending close when the save fails, also with an error no code list knows (D2)', async () => {
    send('host:set-document-state', { title: '• Plan — Frekvensplan', dirty: true });
    stub.dialogResponses.push(0); // Save
    win.close();
    await vi.waitFor(() => expect(contents.sent.at(-1)).toEqual(['host:menu-command', { command: 'file.save' }]));
    // The renderer saves; the chosen path is unusable in a way no code list covers (a NUL byte).
    stub.savePaths.push(join(userData, 'bad\0name'));
    const reply = await invoke('host:save-project', { handleId: null, suggestedName: 'x', text: '3', saveAs: true });
    expect(reply).toMatchObject({
      ok: true,
      value: { ok: false, canceled: false, message: expect.stringContaining('bad') },
    });
    // Later the document becomes clean another way (undo): the window must stay open.
    send('host:set-document-state', { title: 'Plan — Frekvensplan', dirty: false });
    expect(win.closed).toBe(false);
  });

  it('asks before closing with unsaved changes; Cancel keeps the window, Save closes once clean', async () => {
    send('host:set-document-state', { title: '• Plan — Frekvensplan', dirty: true });
    expect(win.title).toBe('• Plan — Frekvensplan');
    stub.dialogResponses.push(2);
    win.close();
    await vi.waitFor(() => expect(stub.dialogResponses).toHaveLength(0));
    expect(win.closed).toBe(false);

    // Windows and Linux order: Save, Don't Save, Cancel; Save is the default.
    expect(stub.messageBoxes.at(-1)).toMatchObject({
      buttons: ['Gem', 'Gem ikke', 'Annuller'],
      defaultId: 0,
      cancelId: 2,
    });

    stub.dialogResponses.push(0);
    win.close();
    await vi.waitFor(() => expect(contents.sent.at(-1)).toEqual(['host:menu-command', { command: 'file.save' }]));
    expect(win.closed).toBe(false);
    send('host:set-document-state', { title: 'Plan — Frekvensplan', dirty: false });
    expect(win.closed).toBe(true);
    await vi.waitFor(() => expect(existsSync(join(userData, 'window-state.json'))).toBe(true));
  });
});
