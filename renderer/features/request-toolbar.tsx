import { runCommand } from '../app/commands';
import { useT } from '../i18n/use-t';
import { useApp } from '../state/store';

/** Map overlay with the lease-request and terms buttons (visible in both the browser and Electron builds). */
export function RequestToolbar() {
  const t = useT();
  const termsOpen = useApp((s) => s.panels.terms);
  const slicesOpen = useApp((s) => s.panels.slices);
  return (
    <div className="request-toolbar map-control" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="button button--primary" onClick={() => runCommand('request.open')}>
        {t('toolbar.request')}
      </button>
      <button type="button" className="button" aria-pressed={termsOpen} onClick={() => runCommand('terms.open')}>
        {t('toolbar.terms')}
      </button>
      <button type="button" className="button" aria-pressed={slicesOpen} onClick={() => runCommand('slices.open')}>
        {t('toolbar.slices')}
      </button>
    </div>
  );
}
