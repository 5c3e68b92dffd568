import { useState } from 'react';
import { bundlePresets, type SlicePreset } from '../../../core/slices';
import { useT } from '../../i18n/use-t';
import { addSlices, deleteSlice } from '../../state/slices-actions';
import { useApp } from '../../state/store';
import { INCIDENT_BUNDLE_ID, PRESET_LIBRARY } from './preset-library';
import { PresetPicker } from './preset-picker';
import { SliceEditor } from './slice-editor';
import { sliceSummary, slicesFromPresets } from './slice-format';
import { SliceResults } from './slice-results';

/** Right panel "Slices": the project's slices (add from preset or bundle, edit, delete) and the plan. */
export function SlicesPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const dispatch = useApp((s) => s.dispatch);
  const setPanel = useApp((s) => s.setPanel);
  const showToast = useApp((s) => s.showToast);
  const [picking, setPicking] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const bundle = PRESET_LIBRARY.bundles.find((b) => b.id === INCIDENT_BUNDLE_ID);
  const add = (presets: SlicePreset[]) => {
    const slices = slicesFromPresets(project, presets, lang);
    dispatch(addSlices, { slices });
    setPicking(false);
    showToast(t('slices.added', { count: slices.length }));
  };
  return (
    <aside className="panel panel--right panel--slices" aria-labelledby="slices-title">
      <div className="panel__title panel__title--row">
        <h2 id="slices-title">{t('slices.title')}</h2>
        <button type="button" className="link-button" onClick={() => setPanel('slices', false)}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="panel__scroll">
        <div className="terms-actions">
          <button type="button" className="button" onClick={() => setPicking(true)}>
            {t('slices.add')}
          </button>
          {bundle && (
            <button
              type="button"
              className="button"
              title={bundle.description[lang]}
              onClick={() => add(bundlePresets(PRESET_LIBRARY, bundle.id))}
            >
              {t('slices.addBundle')}
            </button>
          )}
        </div>
        {project.slices.length === 0 && <p className="muted">{t('slices.empty')}</p>}
        <ul className="slice-list" aria-label={t('slices.list')}>
          {project.slices.map((slice) => (
            <li key={slice.id} className="slice-list__item">
              <div className="slice-list__row">
                <div>
                  <strong>{slice.name}</strong>
                  <span className="muted slice-list__summary">{sliceSummary(slice, t, lang)}</span>
                </div>
                <div className="slice-list__buttons">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={editingId === slice.id}
                    aria-label={t('slices.editNamed', { name: slice.name })}
                    onClick={() => setEditingId(editingId === slice.id ? null : slice.id)}
                  >
                    {t('slices.edit')}
                  </button>
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    aria-label={t('slices.deleteNamed', { name: slice.name })}
                    onClick={() => dispatch(deleteSlice, { id: slice.id })}
                  >
                    {t('slices.delete')}
                  </button>
                </div>
              </div>
              {editingId === slice.id && (
                <SliceEditor key={JSON.stringify(slice)} slice={slice} onDone={() => setEditingId(null)} />
              )}
            </li>
          ))}
        </ul>
        <SliceResults />
      </div>
      {picking && <PresetPicker onPick={add} onClose={() => setPicking(false)} />}
    </aside>
  );
}
