import { formatNumber } from '../../../core/geo/format';
import { areaKm2Ellipsoidal, areaKm2Utm32, lineLengthKmUtm32, perimeterKmUtm32 } from '../../../core/geo/measure';
import { areaKindSchema, type Area, type Corridor } from '../../../core/project/schema';
import { useT } from '../../i18n/use-t';
import { renameObject, updateArea, updateCorridor } from '../../state/actions';
import { useApp } from '../../state/store';
import { NumberField, ReadOnly, SelectField, TextField } from './fields';

/** Properties of an area; its size in km² in EPSG:25832 grid metres and on the GRS80 ellipsoid, perimeter in km. */
export function AreaInspector({ area }: { area: Area }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
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
      <ReadOnly label={t('field.areaUtm')}>{formatNumber(areaKm2Utm32(area.geometry), lang, 2)} km²</ReadOnly>
      <ReadOnly label={t('field.areaEllipsoid')}>
        {formatNumber(areaKm2Ellipsoidal(area.geometry), lang, 2)} km²
      </ReadOnly>
      <ReadOnly label={t('field.perimeterKm')}>{formatNumber(perimeterKmUtm32(area.geometry), lang, 2)} km</ReadOnly>
    </>
  );
}

/** Properties of a drone corridor: width and altitude in metres, length in km (EPSG:25832). */
export function CorridorInspector({ corridor }: { corridor: Corridor }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const lengthKm = lineLengthKmUtm32(corridor.coordinates);
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
