import { parseSlicePresets, type SlicePresetLibrary } from '../../../core/slices';

const modules = import.meta.glob<{ default: unknown }>('../../../data/slices/presets.json', { eager: true });

function load(): SlicePresetLibrary {
  const module = Object.values(modules)[0];
  const parsed = parseSlicePresets(module?.default, 'presets.json');
  if (!parsed.ok) {
    console.error('The bundled slice presets do not load', parsed.problems);
    return { schemaVersion: 1, sources: {}, presets: [], bundles: [] };
  }
  return parsed.value;
}

/** The bundled slice-preset library (data/slices/presets.json), validated once; empty if it fails to load. */
export const PRESET_LIBRARY: SlicePresetLibrary = load();

/** The bundle the panel offers as "Tilføj beredskabspakke". */
export const INCIDENT_BUNDLE_ID = 'incident-response';
