import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { buildMenuTemplate } from '../../../../electron/main/menu-template';

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])]);
}

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const send = vi.fn();
  const menu = buildMenuTemplate({
    lang: 'en',
    platform: 'linux',
    isPackaged: true,
    recentFiles: [],
    send,
    openDocumentation: vi.fn(),
    ...overrides,
  });
  return { menu, send, all: items(menu) };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Planning and Help in English or Danish', () => {
    expect(build().menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Planning', '&Help']);
    expect(build({ lang: 'da' }).menu.map((m) => m.label)).toEqual([
      '&Filer',
      '&Rediger',
      '&Vis',
      '&Planlægning',
      '&Hjælp',
    ]);
  });

  it('binds the documented shortcuts to menu commands', () => {
    const { all, send } = build();
    const byAccelerator = (a: string) => all.find((i) => i.accelerator === a);
    const expected: Record<string, string> = {
      'CmdOrCtrl+N': 'file.new',
      'CmdOrCtrl+O': 'file.open',
      'CmdOrCtrl+S': 'file.save',
      'CmdOrCtrl+Shift+S': 'file.saveAs',
      'CmdOrCtrl+I': 'file.import',
      'CmdOrCtrl+E': 'file.export',
      'CmdOrCtrl+Z': 'edit.undo',
      'Ctrl+Y': 'edit.redo',
      'Ctrl+Shift+Z': 'edit.redo',
      Delete: 'edit.delete',
    };
    for (const [accelerator, command] of Object.entries(expected)) {
      const item = byAccelerator(accelerator);
      expect(item, accelerator).toBeDefined();
      (item?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('lists recent files, sending their handle with file.open', () => {
    const recentFiles = [
      { handleId: '/p/a&b.frekvensplan', name: 'a&b.frekvensplan', openedAt: '2026-01-01T00:00:00Z' },
    ];
    const { all, send } = build({ recentFiles });
    const item = all.find((i) => i.label === '&1 a&&b.frekvensplan');
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledWith('file.open', '/p/a&b.frekvensplan');
    expect(build().all.find((i) => i.label === 'No Recent Files')?.enabled).toBe(false);
  });

  it('offers reload and devtools only in development', () => {
    expect(build().all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build({ isPackaged: false }).all.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('keeps text editing roles and adds the macOS app menu', () => {
    const roles = build().all.map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'quit']));
    expect(build({ platform: 'darwin' }).menu[0]?.role).toBe('appMenu');
  });
});

describe('planning menu', () => {
  it('sends the coverage, link, lease-request, terms and slices commands', () => {
    const { menu, send } = build();
    const plan = menu.find((m) => m.label === '&Planning');
    const entries = (plan?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(entries.map((i) => i.label)).toEqual([
      'Coverage',
      'Link Calculator',
      'Calibration',
      undefined,
      'Lease Request…',
      'Terms Profiles',
      'Slices',
    ]);
    expect(entries[4]?.accelerator).toBe('CmdOrCtrl+Shift+R');
    for (const entry of entries) (entry.click as (() => void) | undefined)?.();
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'coverage.open',
      'link.open',
      'calibration.open',
      'request.open',
      'terms.open',
      'slices.open',
    ]);
  });
});
