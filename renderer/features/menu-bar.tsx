import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { RecentFile } from '../../core/host/host-api';
import type { AppCommand } from '../app/app-command';
import { sendCommand } from '../app/commands';
import { host } from '../host';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';
import type { BasemapId } from '../state/app-state';
import { useApp } from '../state/store';
import { MENUS, type MenuId } from './menu-model';

const MENU_IDS = Object.keys(MENUS) as MenuId[];
const PANEL_LABELS = {
  objects: 'cmd.view.objectsPanel',
  inspector: 'cmd.view.inspectorPanel',
  coverage: 'cmd.view.coveragePanel',
  link: 'cmd.view.linkPanel',
  calibration: 'cmd.view.calibrationPanel',
  terms: 'cmd.plan.terms',
  slices: 'cmd.view.slicesPanel',
} as const;

/** Enabled items of an open popup, in order. */
function items(popup: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(popup?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? []);
}

/**
 * The in-app menu bar of the browser build (Electron shows its native menu instead), with the desktop menu's
 * entries. Keyboard: Enter, Space or ↓ opens a menu on its first item; ↑/↓, Home/End move; ←/→ switch menus;
 * Escape closes and returns focus. Panel toggles are checkbox items (aria-checked), the basemaps radio items.
 */
export function MenuBar() {
  const t = useT();
  const [open, setOpen] = useState<MenuId | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const bar = useRef<HTMLElement>(null);
  const popup = useRef<HTMLUListElement>(null);
  const focusFirst = useRef(false);
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
    if (focusFirst.current) items(popup.current)[0]?.focus();
    focusFirst.current = false;
    const onDown = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open]);

  const topButton = (id: MenuId) => bar.current?.querySelector<HTMLButtonElement>(`[data-menu="${id}"]`);
  const show = (id: MenuId | null, withFocus = false) => {
    focusFirst.current = withFocus;
    setOpen(id);
    if (id === 'file') void host.listRecent().then(setRecent);
  };
  const closeAndFocus = (id: MenuId) => {
    setOpen(null);
    topButton(id)?.focus();
  };
  const run = (action: () => void) => {
    const id = open;
    setOpen(null);
    if (id) topButton(id)?.focus();
    action();
  };
  const disabled = (command: AppCommand) =>
    (command === 'edit.undo' && !canUndo) ||
    (command === 'edit.redo' && !canRedo) ||
    (command === 'edit.delete' && !hasSelection);

  const item = (
    key: string,
    label: string,
    onClick: () => void,
    extra?: { shortcut?: string; off?: boolean; checked?: boolean; radio?: boolean },
  ): ReactNode => (
    <li key={key} role="none">
      <button
        type="button"
        role={extra?.checked === undefined ? 'menuitem' : extra.radio ? 'menuitemradio' : 'menuitemcheckbox'}
        aria-checked={extra?.checked}
        aria-keyshortcuts={extra?.shortcut?.replace('Ctrl+', 'Control+').replace('⌘', 'Meta+')}
        tabIndex={-1}
        disabled={extra?.off}
        onClick={() => run(onClick)}
      >
        <span className="menu__check" aria-hidden="true">
          {extra?.checked ? '✓' : ''}
        </span>
        <span className="menu__label">{label}</span>
        {extra?.shortcut && <kbd aria-hidden="true">{extra.shortcut}</kbd>}
      </button>
    </li>
  );

  const pickBasemap = (b: BasemapId) => {
    if (b === 'skaermkort' && !token) openDialog({ kind: 'token' });
    else setBasemap(b);
  };

  const renderItems = (id: MenuId) =>
    MENUS[id].map((entry, index) => {
      if (entry === 'separator') return <li key={`sep${index}`} role="separator" />;
      if (entry === 'recent')
        return (
          <li key="recent" role="none" className="menu__group">
            <span className="menu__heading" aria-hidden="true">
              {t('cmd.file.recent')}
            </span>
            <ul role="group" aria-label={t('cmd.file.recent')}>
              {recent.length === 0 && (
                <li role="none" className="menu__empty">
                  {t('cmd.file.recentEmpty')}
                </li>
              )}
              {recent.map((r) => item(r.handleId, r.name, () => sendCommand('file.open', r.handleId)))}
            </ul>
          </li>
        );
      if (entry === 'basemaps')
        return (['land', 'osm', 'skaermkort'] as const).map((b) =>
          item(`bm-${b}`, t(`basemap.${b}`), () => pickBasemap(b), { checked: basemap === b, radio: true }),
        );
      if (entry === 'token') return item('token', t('cmd.view.token'), () => openDialog({ kind: 'token' }));
      if ('panel' in entry) {
        const { panel, command } = entry;
        return item(`p-${panel}`, t(PANEL_LABELS[panel]), () => (command ? sendCommand(command) : togglePanel(panel)), {
          checked: panels[panel],
        });
      }
      return item(entry.command, t(`cmd.${entry.command}` as MessageKey), () => sendCommand(entry.command), {
        shortcut: entry.shortcut,
        off: disabled(entry.command),
      });
    });

  const onPopupKey = (id: MenuId) => (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items(popup.current);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    const side = (step: number) =>
      show(MENU_IDS[(MENU_IDS.indexOf(id) + step + MENU_IDS.length) % MENU_IDS.length] ?? id, true);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(list.length - 1),
      ArrowRight: () => side(1),
      ArrowLeft: () => side(-1),
      Escape: () => closeAndFocus(id),
      Tab: () => setOpen(null),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <nav ref={bar} className="menu-bar" aria-label={t('menu.main')}>
      <span className="menu-bar__brand" aria-hidden="true">
        Frekvensplan
      </span>
      <ul role="menubar" className="menu-bar__menus">
        {MENU_IDS.map((id) => (
          <li key={id} role="none" className="menu">
            <button
              type="button"
              role="menuitem"
              data-menu={id}
              aria-haspopup="menu"
              aria-expanded={open === id}
              onClick={() => show(open === id ? null : id)}
              onMouseEnter={() => open && open !== id && show(id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  show(id, true);
                } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  const step = e.key === 'ArrowRight' ? 1 : -1;
                  topButton(MENU_IDS[(MENU_IDS.indexOf(id) + step + MENU_IDS.length) % MENU_IDS.length] ?? id)?.focus();
                } else if (e.key === 'Escape' && open) closeAndFocus(id);
              }}
            >
              {t(`menu.${id}`)}
            </button>
            {open === id && (
              <ul
                ref={popup}
                role="menu"
                aria-label={t(`menu.${id}`)}
                className="menu__popup"
                onKeyDown={onPopupKey(id)}
              >
                {renderItems(id)}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
