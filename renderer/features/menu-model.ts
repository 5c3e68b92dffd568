import type { AppCommand } from '../app/app-command';
import type { AppState } from '../state/app-state';

export type MenuId = 'file' | 'edit' | 'view' | 'plan' | 'help';

/** A menu entry: a command, a panel toggle (checkbox), the recent files or a separator. */
export type MenuEntry =
  | { command: AppCommand; shortcut?: string }
  | { panel: keyof AppState['panels']; command?: AppCommand }
  | 'recent'
  | 'basemaps'
  | 'token'
  | 'separator';

/** The modifier key as the platform writes it. */
export const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/**
 * The browser build's menus, the same set as the desktop build's native menu (electron/main/menu-template.ts):
 * File, Edit, View, Planning (coverage, link calculator, calibration, lease request, terms, slices), Help.
 */
export const MENUS: Record<MenuId, MenuEntry[]> = {
  file: [
    { command: 'file.new', shortcut: `${MOD}N` },
    { command: 'file.open', shortcut: `${MOD}O` },
    'recent',
    'separator',
    { command: 'file.save', shortcut: `${MOD}S` },
    { command: 'file.saveAs', shortcut: `${MOD}Shift+S` },
    'separator',
    { command: 'file.import', shortcut: `${MOD}I` },
    { command: 'file.export', shortcut: `${MOD}E` },
  ],
  edit: [
    { command: 'edit.undo', shortcut: `${MOD}Z` },
    { command: 'edit.redo', shortcut: `${MOD}Shift+Z` },
    'separator',
    { command: 'edit.delete', shortcut: 'Delete' },
  ],
  view: [
    { command: 'view.fitProject' },
    { command: 'view.toggleLanguage' },
    'separator',
    'basemaps',
    'token',
    'separator',
    { panel: 'objects' },
    { panel: 'inspector' },
  ],
  plan: [
    { panel: 'coverage', command: 'coverage.open' },
    { panel: 'link', command: 'link.open' },
    { panel: 'calibration', command: 'calibration.open' },
    'separator',
    { command: 'request.open', shortcut: `${MOD}Shift+R` },
    { panel: 'terms', command: 'terms.open' },
    { panel: 'slices', command: 'slices.open' },
  ],
  help: [{ command: 'help.shortcuts', shortcut: 'F1' }, { command: 'help.about' }],
};
