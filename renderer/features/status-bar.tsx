import type { Lang } from '../../core/i18n/localized';
import { formatLatLon, formatUtm } from '../../core/geo/format';
import { wgs84ToUtm32 } from '../../core/geo/projection';
import { setLanguage } from '../app/commands';
import { useT } from '../i18n/use-t';
import { useApp } from '../state/store';

function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
}

const LANGS: Lang[] = ['da', 'en'];

/**
 * Bottom bar: pointer position (EPSG:25832 and WGS84), zoom, project name, save state, sample badge, language.
 * Its fields have fixed widths (styles.css), so moving the pointer never changes the layout or widens the page.
 */
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
        <span className="status-bar__utm">EPSG:25832 {pointer && utm ? formatUtm(utm[0], utm[1], lang) : '—'}</span>
        <span className="status-bar__wgs">
          {pointer ? `WGS84 ${formatLatLon(pointer.lat, pointer.lon, lang)}` : ''}
        </span>
      </span>
      <span className="status-bar__zoom">{zoom !== null && t('status.zoom', { zoom })}</span>
      <span className="status-bar__spacer" />
      {isSample && (
        <strong className="badge badge--sample" title={t('sample.title')}>
          {t('sample')}
        </strong>
      )}
      <span className="status-bar__project" title={name}>
        {name}
      </span>
      <span className={dirty ? 'save-state save-state--dirty' : 'save-state'}>
        {dirty ? `● ${t('status.dirty')}` : t('status.saved')}
      </span>
      <span className="status-bar__autosave muted">
        {dirty && autosavedAt ? t('status.autosaved', { time: clock(autosavedAt) }) : ''}
      </span>
      <span className="lang-switch" role="group" aria-label={t('lang.group')}>
        {LANGS.map((code) => (
          <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLanguage(code)}>
            {code.toUpperCase()}
          </button>
        ))}
      </span>
    </footer>
  );
}
