import { useT } from '../../i18n/use-t';
import { updateProjectMeta } from '../../state/actions';
import { useApp } from '../../state/store';
import { TextField } from './fields';
import { AreaInspector, CorridorInspector } from './area-inspector';
import { SiteInspector } from './site-inspector';

/** Right panel: properties of the selected object. */
export function Inspector() {
  const t = useT();
  const project = useApp((s) => s.project);
  const selectedId = useApp((s) => s.selectedId);
  const dispatch = useApp((s) => s.dispatch);
  const site = project.sites.find((s) => s.id === selectedId);
  const area = project.areas.find((a) => a.id === selectedId);
  const corridor = project.corridors.find((c) => c.id === selectedId);
  return (
    <aside className="panel panel--right" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="panel__title">
        {t('inspector.title')}
      </h2>
      <div className="panel__scroll inspector">
        {site && <SiteInspector site={site} />}
        {area && <AreaInspector area={area} />}
        {corridor && <CorridorInspector corridor={corridor} />}
        {!site && !area && !corridor && (
          <>
            <p className="muted">{t('inspector.none')}</p>
            <h3 className="inspector__sub">{t('inspector.project')}</h3>
            <TextField
              key={`pname:${project.meta.name}`}
              label={t('field.projectName')}
              value={project.meta.name}
              onCommit={(name) => dispatch(updateProjectMeta, { changes: { name } })}
            />
            <TextField
              key={`muni:${project.meta.municipality}`}
              label={t('field.municipality')}
              value={project.meta.municipality}
              allowEmpty
              onCommit={(municipality) => dispatch(updateProjectMeta, { changes: { municipality } })}
            />
          </>
        )}
      </div>
    </aside>
  );
}
