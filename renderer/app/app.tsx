import { CalibrationPanel } from '../features/calibration/calibration-panel';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Dialogs } from '../features/dialogs';
import { CoveragePanel } from '../features/coverage/coverage-panel';
import { LinkPanel } from '../features/coverage/link-panel';
import { Inspector } from '../features/inspector/inspector';
import { MenuBar } from '../features/menu-bar';
import { ObjectsPanel } from '../features/objects-panel';
import { RequestWizard } from '../features/request/request-wizard';
import { SlicesPanel } from '../features/slices/slices-panel';
import { TermsPanel } from '../features/terms/terms-panel';
import { StatusBar } from '../features/status-bar';
import { Toast } from '../features/toast';
import { host } from '../host';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/map-view';
import { appStore, useApp } from '../state/store';
import { runCommand } from './commands';
import { useAutosave, useDocumentState, useHostBridge } from './use-host-bridge';

/** Narrowest map (px) left beside docked panels; below it the objects panel becomes a drawer. */
const MIN_MAP_WIDTH_PX = 560;
/** Width of the docked objects panel (styles.css .panel). */
const OBJECTS_PANEL_WIDTH_PX = 280;

/**
 * True when docking the objects panel beside the open right panel would leave the map narrower than
 * MIN_MAP_WIDTH_PX (e.g. the Slices panel on a 1280 px laptop). Measured after every render and on resize.
 */
function useObjectsAsDrawer(workspace: React.RefObject<HTMLElement | null>): boolean {
  const [drawer, setDrawer] = useState(false);
  useLayoutEffect(() => {
    const measure = () => {
      const element = workspace.current;
      if (!element) return;
      const right = element.querySelector<HTMLElement>(':scope > .panel--right');
      const free = element.clientWidth - (right?.offsetWidth ?? 0) - OBJECTS_PANEL_WIDTH_PX;
      setDrawer(free < MIN_MAP_WIDTH_PX);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return drawer;
}

/** The objects panel, docked at the left or, on a narrow window, as a drawer with a tab that opens it over the map. */
function ObjectsDock({ drawer }: { drawer: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!drawer) return <ObjectsPanel />;
  return (
    <div
      className="objects-drawer"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" className="objects-drawer__tab" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('objects.title')}
      </button>
      {open && <ObjectsPanel />}
    </div>
  );
}

/** F1 opens the shortcuts sheet in both builds (the desktop build's native menu has no entry for it). */
function useHelpKey(): void {
  useEffect(() => {
    if (host.kind === 'browser') return undefined; // the browser's shortcut handler covers F1 (commands.ts)
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || appStore.getState().dialog) return;
      event.preventDefault();
      runCommand('help.shortcuts');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The main window: menu bar (browser only), objects panel, map, inspector, status bar. */
export function App() {
  useHostBridge();
  useDocumentState();
  useAutosave();
  useHelpKey();
  const t = useT();
  const panels = useApp((s) => s.panels);
  const workspace = useRef<HTMLElement>(null);
  const drawer = useObjectsAsDrawer(workspace);
  return (
    <div className="app">
      {host.kind === 'browser' && <MenuBar />}
      <main ref={workspace} className="workspace">
        <h1 className="visually-hidden">{t('appName')}</h1>
        {panels.objects && <ObjectsDock drawer={drawer} />}
        <MapView />
        {panels.coverage ? (
          <CoveragePanel />
        ) : panels.link ? (
          <LinkPanel />
        ) : panels.calibration ? (
          <CalibrationPanel />
        ) : panels.slices ? (
          <SlicesPanel />
        ) : panels.terms ? (
          <TermsPanel />
        ) : (
          panels.inspector && <Inspector />
        )}
        <RequestWizard />
      </main>
      <StatusBar />
      <Toast />
      <Dialogs />
    </div>
  );
}
