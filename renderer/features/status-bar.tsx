import { formatLatLon, formatUtm } from '../../core/geo/format';
import { wgs84ToUtm32 } from '../../core/geo/projection';
import { toggleLanguage } from '../app/commands';
import { useT } from '../i18n/use-t';
import { useApp } from '../state/store';

function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
}

/** Bottom bar: pointer position (EPSG:25832 and WGS84), zoom, project name, save state, sample badge, language. */
export function StatusBar() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const pointer = useApp((s) => s.pointer);
  const zoom = useApp((s) => s.zoom);
  const name = useApp((s) => s.project.meta.name);
  const isSample = useApp((s) => s.project.meta.isSample);
  const dirty = useApp((s) => s.dirty);
  const autosavedAt = useApp((s) => s.lastAutosaveAt);
  const utm = pointer ? wgs84ToUtm32([pointer.lon, pointer.lat]) : null;
  return (
    <footer className="status-bar">
      <span className="status-bar__pointer" aria-label={t('status.pointer')}>
        {pointer && utm ? (
          <>
            <span>EPSG:25832 {formatUtm(utm[0], utm[1], lang)}</span>
            <span>WGS84 {formatLatLon(pointer.lat, pointer.lon, lang)}</span>
          </>
        ) : (
          <span className="muted">EPSG:25832 —</span>
        )}
      </span>
      {zoom !== null && <span>{t('status.zoom', { zoom })}</span>}
      <span className="status-bar__spacer" />
      {isSample && (
        <strong className="badge badge--sample" title={t('sample.title')}>
          {t('sample')}
        </strong>
      )}
      <span className="status-bar__project">{name}</span>
      <span className={dirty ? 'save-state save-state--dirty' : 'save-state'}>
        {dirty ? `● ${t('status.dirty')}` : t('status.saved')}
      </span>
      {dirty && autosavedAt && <span className="muted">{t('status.autosaved', { time: clock(autosavedAt) })}</span>}
      <button type="button" className="lang-toggle" aria-label={t('lang.toggle')} onClick={toggleLanguage}>
        <span aria-hidden="true" className={lang === 'da' ? 'is-active' : undefined}>
          DA
        </span>
        <span aria-hidden="true">/</span>
        <span aria-hidden="true" className={lang === 'en' ? 'is-active' : undefined}>
          EN
        </span>
      </button>
    </footer>
  );
}
