import type { AreaKind } from '../../core/project/schema';
import { useT } from '../i18n/use-t';
import type { LayerId } from '../state/app-state';
import { useApp } from '../state/store';
import { CoverageLayerToggles } from './coverage/coverage-layer-toggles';
import { SITE_COLOURS, AREA_STYLES } from '../map/styles';

const AREA_KINDS: AreaKind[] = ['interest', 'lease', 'incident', 'settlement'];
const LAYERS: { id: LayerId; label: 'objects.sites' | 'objects.areas' | 'objects.corridors' }[] = [
  { id: 'sites', label: 'objects.sites' },
  { id: 'areas', label: 'objects.areas' },
  { id: 'corridors', label: 'objects.corridors' },
];

function ObjectButton({ id, name, swatch }: { id: string; name: string; swatch: string }) {
  const selected = useApp((s) => s.selectedId === id);
  const focus = useApp((s) => s.focus);
  return (
    <li>
      <button type="button" className="object-button" aria-pressed={selected} onClick={() => focus(id)}>
        <span className="swatch" style={{ background: swatch }} aria-hidden="true" />
        {name}
      </button>
    </li>
  );
}

/** Left panel: the project's objects as a tree (select and zoom on click) and layer visibility. */
export function ObjectsPanel() {
  const t = useT();
  const project = useApp((s) => s.project);
  const layers = useApp((s) => s.layers);
  const setLayerVisible = useApp((s) => s.setLayerVisible);
  return (
    <aside className="panel panel--left" aria-labelledby="objects-title">
      <h2 id="objects-title" className="panel__title">
        {t('objects.title')}
      </h2>
      <div className="panel__scroll">
        <section aria-labelledby="objects-sites">
          <h3 id="objects-sites">
            {t('objects.sites')} <span className="count">{project.sites.length}</span>
          </h3>
          <ul className="object-list" aria-labelledby="objects-sites">
            {project.sites.map((site) => (
              <ObjectButton key={site.id} id={site.id} name={site.name} swatch={SITE_COLOURS[site.kind]} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="objects-areas">
          <h3 id="objects-areas">
            {t('objects.areas')} <span className="count">{project.areas.length}</span>
          </h3>
          {AREA_KINDS.map((kind) => {
            const areas = project.areas.filter((a) => a.kind === kind);
            if (areas.length === 0) return null;
            return (
              <div key={kind}>
                <h4 id={`objects-area-${kind}`}>{t(`areaKind.${kind}`)}</h4>
                <ul className="object-list" aria-labelledby={`objects-area-${kind}`}>
                  {areas.map((area) => (
                    <ObjectButton
                      key={area.id}
                      id={area.id}
                      name={area.name}
                      swatch={AREA_STYLES[kind].color ?? '#000'}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
        <section aria-labelledby="objects-corridors">
          <h3 id="objects-corridors">
            {t('objects.corridors')} <span className="count">{project.corridors.length}</span>
          </h3>
          <ul className="object-list" aria-labelledby="objects-corridors">
            {project.corridors.map((c) => (
              <ObjectButton key={c.id} id={c.id} name={c.name} swatch="#00695c" />
            ))}
          </ul>
        </section>
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
