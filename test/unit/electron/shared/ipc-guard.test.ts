import { describe, expect, it } from 'vitest';

import type { MenuCommand } from '../../../../core/host/host-api';
import { MENU_COMMANDS } from '../../../../core/host/host-api';
import {
  INVOKE_ARG_SCHEMAS,
  INVOKE_CHANNELS,
  MENU_COMMAND_EVENT_SCHEMA,
  SEND_ARG_SCHEMAS,
} from '../../../../electron/shared/ipc-contract';
import { checkIpcMessage, isAppUrl } from '../../../../electron/shared/ipc-guard';

const app = { url: 'app://frekvensplan/index.html', isMainFrame: true };

describe('isAppUrl', () => {
  it.each(['app://frekvensplan/index.html', 'app://frekvensplan/', 'app://frekvensplan/assets/x.js?v=1#top'])(
    'trusts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'http://frekvensplan/',
    'app://evil.example/index.html',
    'app://frekvensplan.evil.example/',
    'app://user:pw@frekvensplan/',
    'devtools://devtools/bundled/index.html',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('rejects a missing frame', () => expect(isAppUrl(null)).toBe(false));
});

describe('checkIpcMessage', () => {
  it('passes validated arguments from the app page', () => {
    const checked = checkIpcMessage('c', app, INVOKE_ARG_SCHEMAS.openRecent, ['/home/a/p.frekvensplan']);
    expect(checked).toEqual({ ok: true, args: ['/home/a/p.frekvensplan'] });
  });

  it('rejects senders that are not the app, and iframes of the app', () => {
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true },
      { url: null, isMainFrame: true },
      { ...app, isMainFrame: false },
    ]) {
      const checked = checkIpcMessage(INVOKE_CHANNELS.getLocale, sender, INVOKE_ARG_SCHEMAS.getLocale, []);
      expect(checked).toMatchObject({ ok: false, error: expect.stringContaining('untrusted sender') });
    }
  });

  it('rejects wrong, missing and extra arguments with the location', () => {
    const save = INVOKE_ARG_SCHEMAS.saveProject;
    expect(checkIpcMessage('save', app, save, [])).toMatchObject({ ok: false });
    expect(
      checkIpcMessage('save', app, save, [{ handleId: null, suggestedName: 'a', text: 1, saveAs: false }]),
    ).toMatchObject({ ok: false, error: expect.stringContaining('0.text') });
    expect(
      checkIpcMessage('save', app, save, [{ handleId: null, suggestedName: 'a', text: '', saveAs: false, x: 1 }]),
    ).toMatchObject({ ok: false });
    expect(checkIpcMessage('recent', app, INVOKE_ARG_SCHEMAS.openRecent, ['a', 'b'])).toMatchObject({ ok: false });
    expect(checkIpcMessage('recent', app, INVOKE_ARG_SCHEMAS.openRecent, [''])).toMatchObject({ ok: false });
  });

  it('accepts bytes for export and rejects other values', () => {
    const schema = INVOKE_ARG_SCHEMAS.exportFile;
    const request = { suggestedName: 'a.pdf', bytes: new Uint8Array([1]), mimeType: 'application/pdf' };
    expect(checkIpcMessage('export', app, schema, [request])).toMatchObject({ ok: true });
    expect(checkIpcMessage('export', app, schema, [{ ...request, bytes: [1] }])).toMatchObject({ ok: false });
  });

  it('accepts only plain extensions for import', () => {
    const schema = INVOKE_ARG_SCHEMAS.pickImportFile;
    expect(checkIpcMessage('import', app, schema, [['geojson', '.kml', 'csv']])).toMatchObject({ ok: true });
    expect(checkIpcMessage('import', app, schema, [['../x']])).toMatchObject({ ok: false });
    expect(checkIpcMessage('import', app, schema, [['..kml']])).toMatchObject({ ok: false });
  });

  it('validates document state and menu events', () => {
    const state = SEND_ARG_SCHEMAS.setDocumentState;
    expect(checkIpcMessage('s', app, state, [{ title: 'x', dirty: true }])).toMatchObject({ ok: true });
    expect(checkIpcMessage('s', app, state, [{ title: 'x', dirty: 'yes' }])).toMatchObject({ ok: false });
    for (const command of MENU_COMMANDS) expect(MENU_COMMAND_EVENT_SCHEMA.safeParse({ command }).success).toBe(true);
    expect(MENU_COMMAND_EVENT_SCHEMA.safeParse({ command: 'file.format' as MenuCommand }).success).toBe(false);
  });
});
