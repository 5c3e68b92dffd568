import { CalibrationPanel } from '../features/calibration/calibration-panel';
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
import { MapView } from '../map/map-view';
import { useApp } from '../state/store';
import { useAutosave, useDocumentState, useHostBridge } from './use-host-bridge';

/** The main window: menu bar (browser only), objects panel, map, inspector, status bar. */
export function App() {
  useHostBridge();
  useDocumentState();
  useAutosave();
  const panels = useApp((s) => s.panels);
  return (
    <div className="app">
      {host.kind === 'browser' && <MenuBar />}
      <main className="workspace">
        {panels.objects && <ObjectsPanel />}
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
