import { runExport, type ExportFormat } from '../../app/export-flow';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';

const FORMATS: ExportFormat[] = ['geojson', 'kml', 'csv', 'png'];

/** File → Export: one button per format; the bytes go through the host's save dialog or a download. */
export function ExportDialog({ busy, phase }: { busy: boolean; phase?: 'choosing' | 'building' | 'writing' }) {
  const t = useT();
  const close = useApp((s) => s.closeDialog);
  const basemap = useApp((s) => s.basemap);
  return (
    <Dialog
      title={t('export.title')}
      onCancel={close}
      actions={
        <button type="button" className="button" onClick={close}>
          {t('dialog.cancel')}
        </button>
      }
    >
      <ul className="export-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <button type="button" className="button" disabled={busy} onClick={() => void runExport(format)}>
              {t(`export.${format}`)}
            </button>
            <span className="muted">{t(`export.${format}.note`)}</span>
          </li>
        ))}
      </ul>
      {basemap !== 'land' && <p className="muted">{t('export.pngOnlineNote')}</p>}
      {busy && <p role="status">{t(phase ? `export.phase.${phase}` : 'export.busy')}</p>}
    </Dialog>
  );
}
