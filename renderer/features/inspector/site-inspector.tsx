import { formatUtm } from '../../../core/geo/format';
import { wgs84ToUtm32 } from '../../../core/geo/projection';
import { environmentSchema, siteKindSchema, type Site } from '../../../core/project/schema';
import { useT } from '../../i18n/use-t';
import { moveSite, renameObject, updateSite } from '../../state/actions';
import { useApp } from '../../state/store';
import { CellEditor } from './cell-editor';
import { NumberField, ReadOnly, SelectField, TextField } from './fields';
import { PositionField } from './position-field';

/** Properties of a site: name, kind, position (WGS84 + EPSG:25832), antenna height, environment, cells. */
export function SiteInspector({ site }: { site: Site }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const [easting, northing] = wgs84ToUtm32([site.lon, site.lat]);
  const kinds = siteKindSchema.options.map((k) => ({ value: k, label: t(`siteKind.${k}`) }));
  const environments = environmentSchema.options.map((e) => ({ value: e, label: t(`env.${e}`) }));
  return (
    <>
      <TextField
        key={`name:${site.id}:${site.name}`}
        label={t('field.name')}
        value={site.name}
        onCommit={(name) => dispatch(renameObject, { id: site.id, name })}
      />
      <SelectField
        label={t('field.kind')}
        value={site.kind}
        options={kinds}
        onCommit={(kind) => dispatch(updateSite, { id: site.id, changes: { kind } })}
      />
      <PositionField
        key={`pos:${site.id}:${site.lat}:${site.lon}:${lang}`}
        lat={site.lat}
        lon={site.lon}
        onCommit={(lon, lat) => dispatch(moveSite, { id: site.id, lon, lat })}
      />
      <NumberField
        key={`lat:${site.id}:${site.lat}:${lang}`}
        label={t('field.lat')}
        value={site.lat}
        fractionDigits={6}
        min={-90}
        max={90}
        onCommit={(lat) => dispatch(moveSite, { id: site.id, lon: site.lon, lat })}
      />
      <NumberField
        key={`lon:${site.id}:${site.lon}:${lang}`}
        label={t('field.lon')}
        value={site.lon}
        fractionDigits={6}
        min={-180}
        max={180}
        onCommit={(lon) => dispatch(moveSite, { id: site.id, lon, lat: site.lat })}
      />
      <ReadOnly label={t('field.utm')}>{formatUtm(easting, northing, lang)}</ReadOnly>
      <NumberField
        key={`h:${site.id}:${site.antennaHeightM}:${lang}`}
        label={t('field.antennaHeightM')}
        value={site.antennaHeightM}
        fractionDigits={1}
        min={0}
        max={300}
        onCommit={(antennaHeightM) => dispatch(updateSite, { id: site.id, changes: { antennaHeightM } })}
      />
      <SelectField
        label={t('field.environment')}
        value={site.environment}
        options={environments}
        onCommit={(environment) => dispatch(updateSite, { id: site.id, changes: { environment } })}
      />
      <CellEditor site={site} />
    </>
  );
}
