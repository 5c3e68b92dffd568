/**
 * The native menu as data: File, Edit, View, Help in Danish or English. Items send
 * `MenuCommand`s to the renderer, which performs the same actions as its shortcuts.
 * Pure (type-only Electron import) so it is unit-tested.
 */
import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand, RecentFile } from '../../core/host/host-api';
import type { Lang } from '../../core/i18n/localized';

export interface MenuTemplateOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recentFiles: readonly RecentFile[];
  send: (command: MenuCommand, recentHandleId?: string) => void;
  openDocumentation: () => void;
}

const LABELS = {
  da: {
    file: '&Filer',
    new: 'Nyt projekt',
    open: 'Åbn…',
    openRecent: 'Åbn seneste',
    noRecent: 'Ingen seneste filer',
    save: 'Gem',
    saveAs: 'Gem som…',
    import: 'Importér…',
    export: 'Eksportér…',
    quit: 'Afslut',
    edit: '&Rediger',
    undo: 'Fortryd',
    redo: 'Annuller fortryd',
    delete: 'Slet',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Sæt ind',
    selectAll: 'Vælg alt',
    view: '&Vis',
    fitProject: 'Vis hele projektet',
    toggleLanguage: 'Skift sprog (English)',
    reload: 'Genindlæs',
    devTools: 'Udviklerværktøjer',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    fullscreen: 'Fuld skærm',
    plan: '&Planlægning',
    request: 'Lejeanmodning…',
    terms: 'Vilkårsprofiler',
    slices: 'Slices',
    coverage: 'Dækning',
    link: 'Linkberegner',
    calibration: 'Kalibrering',
    help: '&Hjælp',
    about: 'Om Frekvensplan',
    documentation: 'Frekvensplan-dokumentation',
  },
  en: {
    file: '&File',
    new: 'New Project',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    save: 'Save',
    saveAs: 'Save As…',
    import: 'Import…',
    export: 'Export…',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    delete: 'Delete',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    fitProject: 'Fit Project',
    toggleLanguage: 'Switch Language (Dansk)',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Full Screen',
    plan: '&Planning',
    request: 'Lease Request…',
    terms: 'Terms Profiles',
    slices: 'Slices',
    coverage: 'Coverage',
    link: 'Link Calculator',
    calibration: 'Calibration',
    help: '&Help',
    about: 'About Frekvensplan',
    documentation: 'Frekvensplan Documentation',
  },
} as const;

/** Builds the application menu template. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = LABELS[options.lang];
  const { send } = options;
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const recentItems: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : options.recentFiles.map((file, index) => ({
          label: `${index < 9 ? `&${index + 1} ` : ''}${file.name.replace(/&/g, '&&')}`,
          toolTip: file.handleId,
          click: () => send('file.open', file.handleId),
        }));
  const isMac = options.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.new, 'file.new', 'CmdOrCtrl+N'),
      command(t.open, 'file.open', 'CmdOrCtrl+O'),
      { label: t.openRecent, submenu: recentItems },
      { type: 'separator' },
      command(t.save, 'file.save', 'CmdOrCtrl+S'),
      command(t.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command(t.import, 'file.import', 'CmdOrCtrl+I'),
      command(t.export, 'file.export', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // Undo/redo/delete act on the document history and selection in the renderer, which must
      // leave them to a focused text field (native accelerators reach the menu first on macOS).
      command(t.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      command(t.redo, 'edit.redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      ...(isMac
        ? []
        : [{ ...command(t.redo, 'edit.redo', 'Ctrl+Shift+Z'), visible: false, acceleratorWorksWhenHidden: true }]),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      { type: 'separator' },
      command(t.delete, 'edit.delete', 'Delete'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command(t.fitProject, 'view.fitProject', 'CmdOrCtrl+0'),
      command(t.toggleLanguage, 'view.toggleLanguage', 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      ...(options.isPackaged
        ? []
        : [
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
            { type: 'separator' } as const,
          ]),
      { role: 'resetZoom', label: t.resetZoom, accelerator: 'CmdOrCtrl+Shift+0' },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullscreen },
    ],
  };
  const plan: MenuItemConstructorOptions = {
    label: t.plan,
    submenu: [
      command(t.coverage, 'coverage.open'),
      command(t.link, 'link.open'),
      command(t.calibration, 'calibration.open'),
      { type: 'separator' },
      command(t.request, 'request.open', 'CmdOrCtrl+Shift+R'),
      command(t.terms, 'terms.open'),
      command(t.slices, 'slices.open'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ label: t.documentation, click: () => options.openDocumentation() }, command(t.about, 'help.about')],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [command(t.about, 'help.about'), { type: 'separator' }, { role: 'quit', label: t.quit }],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, plan, help];
}
