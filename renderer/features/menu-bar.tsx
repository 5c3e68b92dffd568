import { useEffect, useRef, useState } from 'react';
import type { RecentFile } from '../../core/host/host-api';
import type { AppCommand } from '../app/app-command';
import { sendCommand } from '../app/commands';
import { host } from '../host';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';
import type { BasemapId } from '../state/app-state';
import { appStore, useApp } from '../state/store';
import { toggleCoveragePanel } from '../state/coverage-actions';

type MenuId = 'file' | 'edit' | 'view' | 'request' | 'help';
type Item = { command: AppCommand; shortcut?: string } | 'recent' | 'separator';

const MOD = /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

const MENUS: Record<MenuId, Item[]> = {
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
  view: [{ command: 'view.fitProject' }, { command: 'view.toggleLanguage' }],
  request: [{ command: 'request.open', shortcut: `${MOD}Shift+R` }, { command: 'terms.open' }],
  help: [{ command: 'help.about' }],
};

/** The in-app menu bar of the browser build (Electron shows its native menu instead). */
export function MenuBar() {
  const t = useT();
  const [open, setOpen] = useState<MenuId | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const bar = useRef<HTMLElement>(null);
  const canUndo = useApp((s) => s.history.undo.length > 0);
  const canRedo = useApp((s) => s.history.redo.length > 0);
  const hasSelection = useApp((s) => s.selectedId !== null);
  const basemap = useApp((s) => s.basemap);
  const setBasemap = useApp((s) => s.setBasemap);
  const token = useApp((s) => s.dataforsyningenToken);
  const openDialog = useApp((s) => s.openDialog);
  const panels = useApp((s) => s.panels);
  const togglePanel = useApp((s) => s.togglePanel);

  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open]);

  const toggle = (id: MenuId) => {
    setOpen(open === id ? null : id);
    if (id === 'file') void host.listRecent().then(setRecent);
  };
  const run = (command: AppCommand, recentHandleId?: string) => {
    setOpen(null);
    sendCommand(command, recentHandleId);
  };
  const disabled = (command: AppCommand) =>
    (command === 'edit.undo' && !canUndo) ||
    (command === 'edit.redo' && !canRedo) ||
    (command === 'edit.delete' && !hasSelection);

  const item = (
    key: string,
    label: string,
    onClick: () => void,
    extra?: { shortcut?: string; off?: boolean; checked?: boolean },
  ) => (
    <li key={key} role="none">
      <button
        type="button"
        role={extra?.checked === undefined ? 'menuitem' : 'menuitemradio'}
        aria-checked={extra?.checked}
        disabled={extra?.off}
        onClick={onClick}
      >
        <span>{label}</span>
        {extra?.shortcut && <kbd>{extra.shortcut}</kbd>}
      </button>
    </li>
  );

  const renderItems = (id: MenuId) => {
    const rows = MENUS[id].map((entry, index) => {
      if (entry === 'separator') return <li key={`sep${index}`} role="separator" />;
      if (entry === 'recent') {
        return (
          <li key="recent" role="none" className="menu__group">
            <span className="menu__heading">{t('cmd.file.recent')}</span>
            <ul role="group" aria-label={t('cmd.file.recent')}>
              {recent.length === 0 && <li className="menu__empty">{t('cmd.file.recentEmpty')}</li>}
              {recent.map((r) => item(r.handleId, r.name, () => run('file.open', r.handleId)))}
            </ul>
          </li>
        );
      }
      const key = `cmd.${entry.command}` as MessageKey;
      return item(entry.command, t(key), () => run(entry.command), {
        shortcut: entry.shortcut,
        off: disabled(entry.command),
      });
    });
    if (id === 'view') {
      rows.splice(1, 0, <li key="sep-b" role="separator" />);
      const pick = (b: BasemapId) => {
        setOpen(null);
        if (b === 'skaermkort' && !token) openDialog({ kind: 'token' });
        else setBasemap(b);
      };
      const basemaps = (['land', 'osm', 'skaermkort'] as const).map((b) =>
        item(`bm-${b}`, t(`basemap.${b}`), () => pick(b), { checked: basemap === b }),
      );
      rows.splice(2, 0, ...basemaps);
      rows.push(
        <li key="sep-c" role="separator" />,
        item('p-obj', t('cmd.view.objectsPanel'), () => (setOpen(null), togglePanel('objects')), {
          checked: panels.objects,
        }),
        item('p-ins', t('cmd.view.inspectorPanel'), () => (setOpen(null), togglePanel('inspector')), {
          checked: panels.inspector,
        }),
        item('p-slices', t('cmd.view.slicesPanel'), () => run('slices.open'), { checked: panels.slices }),
        item(
          'p-coverage',
          t('cmd.view.coveragePanel'),
          () => (setOpen(null), toggleCoveragePanel(appStore, 'coverage')),
          { checked: panels.coverage },
        ),
        item('p-link', t('cmd.view.linkPanel'), () => (setOpen(null), toggleCoveragePanel(appStore, 'link')), {
          checked: panels.link,
        }),
        item('token', t('cmd.view.token'), () => (setOpen(null), openDialog({ kind: 'token' }))),
      );
    }
    return rows;
  };

  return (
    <nav
      ref={bar}
      className="menu-bar"
      aria-label={t('menu.main')}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}
    >
      <span className="menu-bar__brand" aria-hidden="true">
        Frekvensplan
      </span>
      <ul role="menubar" className="menu-bar__menus">
        {(Object.keys(MENUS) as MenuId[]).map((id) => (
          <li key={id} role="none" className="menu">
            <button
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open === id}
              onClick={() => toggle(id)}
              onMouseEnter={() => open && open !== id && toggle(id)}
            >
              {t(`menu.${id}`)}
            </button>
            {open === id && (
              <ul role="menu" aria-label={t(`menu.${id}`)} className="menu__popup">
                {renderItems(id)}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
