import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatLatLon } from '../../../core/geo/format';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { createSiteAt } from '../../map/draw-create';
import { showFoundPlace } from '../../map/found-place';
import { appStore, useApp } from '../../state/store';
import { loadGazetteer, type Place } from './gazetteer';
import { search, type SearchResult } from './search-index';

type Found = { label: string; lat: number; lon: number; place: string | null };

function kindKey(result: SearchResult): MessageKey {
  if (result.kind !== 'place') return `search.kind.${result.kind}`;
  if (result.place.featureCode === 'PPLC') return 'search.kind.capital';
  return /^PPLA\d?$/.test(result.place.featureCode) ? 'search.kind.seat' : 'search.kind.place';
}

/** Ctrl+K (⌘K) focuses the search box from anywhere but a dialog. */
function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k' || appStore.getState().dialog) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}

/**
 * Find and go: one box over the map for place names (offline GeoNames gazetteer), the project's objects and
 * coordinates in the three accepted notations. A combobox (arrow keys, Enter, Escape); a place or coordinate flies
 * the map there with a pin and offers "add site here"; an object is selected and zoomed to.
 */
export function SearchBox() {
  const t = useT();
  const id = useId();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const input = useRef<HTMLInputElement>(null);
  const [places, setPlaces] = useState<Place[]>([]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [found, setFound] = useState<Found | null>(null);
  useSearchShortcut(input);
  useEffect(() => {
    void loadGazetteer().then(setPlaces);
  }, []);
  const results = useMemo(() => search(query, project, places), [query, project, places]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    setOpen(false);
    if ('objectId' in result) {
      setFound(null);
      showFoundPlace(null);
      setQuery('');
      appStore.getState().focus(result.objectId);
      return;
    }
    const place = result.kind === 'place' ? result.place.name : null;
    setFound({ label: result.label, lat: result.lat, lon: result.lon, place });
    showFoundPlace({ lat: result.lat, lon: result.lon, label: result.label });
  };
  const close = () => {
    setFound(null);
    showFoundPlace(null);
    input.current?.focus();
  };
  const addSite = () => {
    if (!found) return;
    createSiteAt(
      appStore,
      found.lat,
      found.lon,
      found.place ? t('search.siteNear', { place: found.place }) : undefined,
    );
    setFound(null);
    setQuery('');
    showFoundPlace(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length === 0 ? 0 : (a + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active] ?? results[0]);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (open && query) setOpen(false);
      else setQuery('');
    }
  };

  const listId = `${id}-list`;
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="search map-control">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="Control+K"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search__list" hidden={!expanded}>
        {expanded &&
          results.map((result, i) => (
            <li
              key={result.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(result);
              }}
            >
              <span className="search__name">{result.label}</span>
              <span className="search__detail">
                {t(kindKey(result))}
                {result.kind === 'place' && ` · ${t('search.inhabitants', { count: result.place.population })}`}
                {result.kind === 'place' &&
                  result.matched !== result.label &&
                  ` · ${t('search.alsoKnownAs', { name: result.matched })}`}
                {result.kind === 'coordinate' && ` · ${formatLatLon(result.lat, result.lon, lang)}`}
              </span>
            </li>
          ))}
      </ul>
      {open && query.trim() !== '' && results.length === 0 && (
        <p className="search__none" role="status">
          {t('search.none', { query: query.trim() })}
        </p>
      )}
      {found && (
        <div className="search__found" role="group" aria-label={t('search.found', { label: found.label })}>
          <p>
            <strong>{found.label}</strong>
            <br />
            <span className="muted">{formatLatLon(found.lat, found.lon, lang)}</span>
          </p>
          <div className="search__actions">
            <button type="button" className="button button--primary" onClick={addSite}>
              {t('search.addSite')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('search.close')}
            </button>
          </div>
          {found.place && <p className="search__source muted">{t('search.source')}</p>}
        </div>
      )}
    </div>
  );
}
