import { area as turfArea, length as turfLength, lineString } from '@turf/turf';
import { formatNumber } from '../../../core/geo/format';
import { areaKindSchema, type Area, type Corridor } from '../../../core/project/schema';
import { useT } from '../../i18n/use-t';
import { renameObject, updateArea, updateCorridor } from '../../state/actions';
import { useApp } from '../../state/store';
import { NumberField, ReadOnly, SelectField, TextField } from './fields';

/** Properties of an area; its size is computed geodesically (turf.area) in km². */
export function AreaInspector({ area }: { area: Area }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const areaKm2 = turfArea(area.geometry) / 1e6;
  const kinds = areaKindSchema.options.map((k) => ({ value: k, label: t(`areaKindOne.${k}`) }));
  return (
    <>
      <TextField
        key={`name:${area.id}:${area.name}`}
        label={t('field.name')}
        value={area.name}
        onCommit={(name) => dispatch(renameObject, { id: area.id, name })}
      />
      <SelectField
        label={t('field.kind')}
        value={area.kind}
        options={kinds}
        onCommit={(kind) => dispatch(updateArea, { id: area.id, changes: { kind } })}
      />
      <ReadOnly label={t('field.areaKm2')}>{formatNumber(areaKm2, lang, 2)} km²</ReadOnly>
    </>
  );
}

/** Properties of a drone corridor: width and altitude in metres, geodesic length in km. */
export function CorridorInspector({ corridor }: { corridor: Corridor }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const lengthKm = turfLength(lineString(corridor.coordinates), { units: 'kilometers' });
  return (
    <>
      <TextField
        key={`name:${corridor.id}:${corridor.name}`}
        label={t('field.name')}
        value={corridor.name}
        onCommit={(name) => dispatch(renameObject, { id: corridor.id, name })}
      />
      <NumberField
        key={`w:${corridor.id}:${corridor.widthM}:${lang}`}
        label={t('field.widthM')}
        value={corridor.widthM}
        fractionDigits={0}
        min={1}
        max={10000}
        onCommit={(widthM) => dispatch(updateCorridor, { id: corridor.id, changes: { widthM } })}
      />
      <NumberField
        key={`a:${corridor.id}:${corridor.altitudeM}:${lang}`}
        label={t('field.altitudeM')}
        value={corridor.altitudeM}
        fractionDigits={0}
        min={0}
        max={500}
        onCommit={(altitudeM) => dispatch(updateCorridor, { id: corridor.id, changes: { altitudeM } })}
      />
      <ReadOnly label={t('field.lengthKm')}>{formatNumber(lengthKm, lang, 2)} km</ReadOnly>
    </>
  );
}
