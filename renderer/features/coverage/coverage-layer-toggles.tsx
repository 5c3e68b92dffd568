import { useT } from '../../i18n/use-t';
import { setCoverageLayer } from '../../state/coverage-actions';
import type { CoverageLayerId } from '../../state/coverage-state';
import { appStore, useApp } from '../../state/store';

const LAYERS: CoverageLayerId[] = ['rsrp', 'bestServer', 'gaps', 'contours', 'terrain'];

/** Checkboxes of the coverage layers, for the Layers section of the objects panel. */
export function CoverageLayerToggles() {
  const t = useT();
  const layers = useApp((s) => s.coverage.layers);
  return (
    <>
      {LAYERS.map((id) => (
        <label key={id} className="checkbox">
          <input
            type="checkbox"
            checked={layers[id]}
            onChange={(e) => setCoverageLayer(appStore, id, e.target.checked)}
          />
          {t(`coverage.layers.${id}`)}
        </label>
      ))}
    </>
  );
}
