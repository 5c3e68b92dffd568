import { useT } from '../i18n/use-t';
import type { BasemapId } from '../state/app-state';
import { useApp } from '../state/store';

const BASEMAPS: BasemapId[] = ['land', 'osm', 'skaermkort'];
const LABELS = { land: 'basemap.land', osm: 'basemap.osm', skaermkort: 'basemap.skaermkort' } as const;

/** Radio group choosing the basemap; skærmkort is offered once a Dataforsyningen token is set. */
export function BasemapSwitcher() {
  const t = useT();
  const basemap = useApp((s) => s.basemap);
  const token = useApp((s) => s.dataforsyningenToken);
  const setBasemap = useApp((s) => s.setBasemap);
  const openDialog = useApp((s) => s.openDialog);
  return (
    <fieldset className="basemap-switcher">
      <legend>{t('basemap.legend')}</legend>
      {BASEMAPS.map((id) => {
        const disabled = id === 'skaermkort' && !token;
        return (
          <label key={id} className={disabled ? 'is-disabled' : undefined}>
            <input
              type="radio"
              name="basemap"
              value={id}
              checked={basemap === id}
              disabled={disabled}
              onChange={() => setBasemap(id)}
            />
            {t(LABELS[id])}
          </label>
        );
      })}
      <button type="button" className="link-button" onClick={() => openDialog({ kind: 'token' })}>
        {t('cmd.view.token')}
        {!token && ` (${t('basemap.needsToken')})`}
      </button>
    </fieldset>
  );
}
