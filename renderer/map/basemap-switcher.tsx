import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import type { BasemapId } from '../state/app-state';
import { useApp } from '../state/store';

const BASEMAPS: BasemapId[] = ['land', 'osm', 'skaermkort'];
const LABELS = { land: 'basemap.land', osm: 'basemap.osm', skaermkort: 'basemap.skaermkort' } as const;

/**
 * The basemap choice as a compact disclosure over the map (it takes one line until opened, so it never crowds the
 * drawing toolbar on a laptop screen): a radio group, skærmkort offered once a Dataforsyningen token is set.
 */
export function BasemapSwitcher() {
  const t = useT();
  const groupId = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const basemap = useApp((s) => s.basemap);
  const token = useApp((s) => s.dataforsyningenToken);
  const setBasemap = useApp((s) => s.setBasemap);
  const openDialog = useApp((s) => s.openDialog);
  return (
    <div
      className="basemap-switcher map-control"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="basemap-switcher__toggle"
        aria-expanded={open}
        aria-controls={groupId}
        onClick={() => setOpen(!open)}
      >
        {t('basemap.legend')}: {t(LABELS[basemap])}
      </button>
      <fieldset id={groupId} hidden={!open}>
        <legend className="visually-hidden">{t('basemap.legend')}</legend>
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
    </div>
  );
}
