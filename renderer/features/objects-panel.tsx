import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { formatNumber } from '../../core/geo/format';
import { areaKindSchema, type AreaKind } from '../../core/project/schema';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n';
import type { LayerId } from '../state/app-state';
import { useApp } from '../state/store';
import { CoverageLayerToggles } from './coverage/coverage-layer-toggles';
import { SITE_COLOURS, AREA_STYLES } from '../map/styles';
import { filterObjects, type ObjectFilter } from './objects-filter';
import { ObjectsFilterBar } from './objects-filter-bar';
import { VirtualList } from './virtual-list';
import './objects-panel.css';

/** Height of one object row in CSS pixels (objects-panel.css sets the same). */
const ROW_PX = 28;
const AREA_KINDS = areaKindSchema.options;
const LAYERS: { id: LayerId; label: 'objects.sites' | 'objects.areas' | 'objects.corridors' }[] = [
  { id: 'sites', label: 'objects.sites' },
  { id: 'areas', label: 'objects.areas' },
  { id: 'corridors', label: 'objects.corridors' },
];

interface RowProps {
  id: string;
  name: string;
  swatch: string;
  tabIndex: 0 | -1;
}

/** One object: selects it and zooms the map to it. Re-renders only when its own props or selection change. */
const ObjectRow = memo(function ObjectRow({ id, name, swatch, tabIndex }: RowProps) {
  const selected = useApp((s) => s.selectedId === id);
  const focus = useApp((s) => s.focus);
  return (
    <button
      type="button"
      className="object-button"
      aria-pressed={selected}
      tabIndex={tabIndex}
      onClick={() => focus(id)}
    >
      <span className="swatch" style={{ background: swatch }} aria-hidden="true" />
      <span className="object-button__name">{name}</span>
    </button>
  );
});
ObjectRow.displayName = 'ObjectRow';

interface SectionProps<T> {
  items: readonly T[];
  labelledBy: string;
  describedBy: string;
  swatch(item: T): string;
}

function ObjectSection<T extends { id: string; name: string }>(props: SectionProps<T>) {
  const { items, labelledBy, describedBy, swatch } = props;
  const selectedId = useApp((s) => s.selectedId);
  const selectedIndex = useMemo(
    () => (selectedId ? items.findIndex((item) => item.id === selectedId) : -1),
    [items, selectedId],
  );
  return (
    <VirtualList
      items={items}
      rowHeightPx={ROW_PX}
      labelledBy={labelledBy}
      describedBy={describedBy}
      itemKey={(item) => item.id}
      selectedIndex={selectedIndex}
      renderRow={(item, tabIndex) => (
        <ObjectRow id={item.id} name={item.name} swatch={swatch(item)} tabIndex={tabIndex} />
      )}
    />
  );
}

function Count({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const text =
    shown === total
      ? formatNumber(total, lang)
      : t('objects.shown', { shown: formatNumber(shown, lang), total: formatNumber(total, lang) });
  return <span className="count">{text}</span>;
}

/**
 * Left panel: the project's objects in virtualised lists (only rows in view are in the DOM) with a name search and
 * a filter by collection and kind; a click selects and zooms; layer visibility below. Subscribes to the collections
 * it lists, so edits elsewhere in the project do not re-render it.
 */
export function ObjectsPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const sites = useApp((s) => s.project.sites);
  const areas = useApp((s) => s.project.areas);
  const corridors = useApp((s) => s.project.corridors);
  const layers = useApp((s) => s.layers);
  const setLayerVisible = useApp((s) => s.setLayerVisible);
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<ObjectFilter>('all');
  const query = useDeferredValue(search);
  const hintId = useId();
  const shown = useMemo(
    () => filterObjects({ sites, areas, corridors }, filter, query, lang),
    [sites, areas, corridors, filter, query, lang],
  );
  const areasByKind = useMemo(() => {
    const groups = new Map<AreaKind, typeof areas>();
    for (const kind of AREA_KINDS) {
      const items = shown.areas?.filter((a) => a.kind === kind) ?? [];
      if (items.length > 0) groups.set(kind, items);
    }
    return groups;
  }, [shown.areas]);
  const nothing = (shown.sites?.length ?? 0) + (shown.areas?.length ?? 0) + (shown.corridors?.length ?? 0) === 0;
  return (
    <aside className="panel panel--left" aria-labelledby="objects-title">
      <h2 id="objects-title" className="panel__title">
        {t('objects.title')}
      </h2>
      <ObjectsFilterBar search={search} onSearch={setSearch} filter={filter} onFilter={setFilter} />
      <p id={hintId} className="visually-hidden">
        {t('objects.listHint')}
      </p>
      <div className="panel__scroll">
        {nothing && (
          <p className="muted objects-none">
            {sites.length + areas.length + corridors.length === 0 ? t('objects.emptyProject') : t('objects.noMatch')}
          </p>
        )}
        {shown.sites && (
          <section aria-labelledby="objects-sites">
            <h3 id="objects-sites">
              {t('objects.sites')} <Count shown={shown.sites.length} total={sites.length} />
            </h3>
            <ObjectSection
              items={shown.sites}
              labelledBy="objects-sites"
              describedBy={hintId}
              swatch={(site) => SITE_COLOURS[site.kind]}
            />
          </section>
        )}
        {shown.areas && (
          <section aria-labelledby="objects-areas">
            <h3 id="objects-areas">
              {t('objects.areas')} <Count shown={shown.areas.length} total={areas.length} />
            </h3>
            {[...areasByKind].map(([kind, items]) => (
              <div key={kind}>
                <h4 id={`objects-area-${kind}`}>{t(`areaKind.${kind}` as MessageKey)}</h4>
                <ObjectSection
                  items={items}
                  labelledBy={`objects-area-${kind}`}
                  describedBy={hintId}
                  swatch={() => AREA_STYLES[kind].color ?? '#000'}
                />
              </div>
            ))}
          </section>
        )}
        {shown.corridors && (
          <section aria-labelledby="objects-corridors">
            <h3 id="objects-corridors">
              {t('objects.corridors')} <Count shown={shown.corridors.length} total={corridors.length} />
            </h3>
            <ObjectSection
              items={shown.corridors}
              labelledBy="objects-corridors"
              describedBy={hintId}
              swatch={() => '#00695c'}
            />
          </section>
        )}
        <fieldset className="layer-toggles">
          <legend>{t('objects.layers')}</legend>
          {LAYERS.map(({ id, label }) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={layers[id]} onChange={(e) => setLayerVisible(id, e.target.checked)} />
              {t(label)}
            </label>
          ))}
          <CoverageLayerToggles />
        </fieldset>
      </div>
    </aside>
  );
}
