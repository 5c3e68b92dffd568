import { useId, useState } from 'react';
import type { Problem } from '../../../core/project/problem';
import { serviceTypeSchema, type Slice } from '../../../core/slices';
import type { MessageKey } from '../../i18n';
import { formatInputNumber, parseInputNumber } from '../../i18n/numbers';
import { useT } from '../../i18n/use-t';
import { updateSlice } from '../../state/slices-actions';
import { useApp } from '../../state/store';
import { notANumber, problemLine, validateSlice } from './slice-validation';

/** Numeric fields of the form: the slice path they edit and their label. */
const NUMBER_FIELDS = [
  ['fiveQi', 'slices.field.fiveQi'],
  ['population', 'slices.field.deviceCount'],
  ['dlPerDevice.guaranteedMbps', 'slices.field.dlGuaranteed'],
  ['dlPerDevice.peakMbps', 'slices.field.dlPeak'],
  ['ulPerDevice.guaranteedMbps', 'slices.field.ulGuaranteed'],
  ['ulPerDevice.peakMbps', 'slices.field.ulPeak'],
  ['latencyBudgetMs', 'slices.field.latency'],
  ['reliabilityPercent', 'slices.field.reliability'],
  ['priorityLevel', 'slices.field.priority'],
  ['areaOfService.altitudeM', 'slices.field.altitude'],
] as const satisfies readonly (readonly [string, MessageKey])[];

type NumberPath = (typeof NUMBER_FIELDS)[number][0];

function initialNumbers(slice: Slice, lang: 'da' | 'en'): Record<NumberPath, string> {
  const f = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatInputNumber(v, lang, 3));
  return {
    fiveQi: f(slice.fiveQi),
    population: f(slice.deviceCount ?? slice.densityPerKm2),
    'dlPerDevice.guaranteedMbps': f(slice.dlPerDevice.guaranteedMbps),
    'dlPerDevice.peakMbps': f(slice.dlPerDevice.peakMbps),
    'ulPerDevice.guaranteedMbps': f(slice.ulPerDevice.guaranteedMbps),
    'ulPerDevice.peakMbps': f(slice.ulPerDevice.peakMbps),
    latencyBudgetMs: f(slice.latencyBudgetMs),
    reliabilityPercent: f(slice.reliabilityPercent),
    priorityLevel: f(slice.priorityLevel),
    'areaOfService.altitudeM': f(slice.areaOfService.altitudeM),
  };
}

/** Edits one slice in a form; "Gem slice" validates with sliceSchema and saves it as one undo step. */
export function SliceEditor({ slice, onDone }: { slice: Slice; onDone(): void }) {
  const t = useT();
  const formId = useId();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState(slice.name);
  const [serviceType, setServiceType] = useState(slice.serviceType);
  const [numbers, setNumbers] = useState(() => initialNumbers(slice, lang));
  const [aos, setAos] = useState(slice.areaOfService);
  const [problems, setProblems] = useState<Problem[]>([]);
  const byDensity = slice.deviceCount === undefined;
  const populationPath = byDensity ? 'densityPerKm2' : 'deviceCount';
  const labelFor = (path: string): string | undefined => {
    if (path === 'name') return t('slices.field.name');
    const key = path === populationPath ? 'population' : path;
    const field = NUMBER_FIELDS.find(([p]) => p === key);
    if (!field) return undefined;
    return field[0] === 'population' && byDensity ? t('slices.field.density') : t(field[1]);
  };

  const save = () => {
    const parseProblems: Problem[] = [];
    const num = (path: NumberPath, nullable = false): number | null => {
      const text = numbers[path].trim();
      if (nullable && text === '') return null;
      const value = parseInputNumber(text);
      if (value === null) parseProblems.push(notANumber(path === 'population' ? populationPath : path));
      return value ?? 0;
    };
    const candidate = {
      ...slice,
      name,
      serviceType,
      fiveQi: num('fiveQi'),
      [populationPath]: num('population'),
      dlPerDevice: { guaranteedMbps: num('dlPerDevice.guaranteedMbps'), peakMbps: num('dlPerDevice.peakMbps') },
      ulPerDevice: { guaranteedMbps: num('ulPerDevice.guaranteedMbps'), peakMbps: num('ulPerDevice.peakMbps') },
      latencyBudgetMs: num('latencyBudgetMs'),
      reliabilityPercent: num('reliabilityPercent'),
      priorityLevel: num('priorityLevel'),
      areaOfService: { ...aos, altitudeM: num('areaOfService.altitudeM', true) },
    };
    const result =
      parseProblems.length > 0 ? { ok: false as const, problems: parseProblems } : validateSlice(candidate);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    dispatch(updateSlice, { slice: result.slice });
    onDone();
  };

  const invalid = (path: string) => problems.some((p) => p.path === (path === 'population' ? populationPath : path));
  const toggle = (kind: 'areaIds' | 'corridorIds' | 'siteIds', id: string, on: boolean) =>
    setAos((a) => ({ ...a, [kind]: on ? [...a[kind], id] : a[kind].filter((x) => x !== id) }));
  const groups = [
    ['areaIds', t('objects.areas'), project.areas],
    ['corridorIds', t('objects.corridors'), project.corridors],
    ['siteIds', t('objects.sites'), project.sites],
  ] as const;

  return (
    <form
      className="slice-editor"
      aria-label={t('slices.editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="field">
        <label htmlFor={`${formId}-name`}>{t('slices.field.name')}</label>
        <input
          id={`${formId}-name`}
          value={name}
          aria-invalid={invalid('name')}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${formId}-type`}>{t('slices.field.serviceType')}</label>
        <select
          id={`${formId}-type`}
          value={serviceType}
          onChange={(e) => setServiceType(e.target.value as Slice['serviceType'])}
        >
          {serviceTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {t(`slices.serviceType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="slice-editor__grid">
        {NUMBER_FIELDS.map(([path, key]) => (
          <div key={path} className="field">
            <label htmlFor={`${formId}-${path}`}>
              {path === 'population' && byDensity ? t('slices.field.density') : t(key)}
            </label>
            <input
              id={`${formId}-${path}`}
              inputMode="decimal"
              value={numbers[path]}
              aria-invalid={invalid(path)}
              onChange={(e) => setNumbers((v) => ({ ...v, [path]: e.target.value }))}
            />
          </div>
        ))}
      </div>
      <fieldset className="slice-editor__aos">
        <legend>{t('slices.aos')}</legend>
        <p className="muted">{t('slices.aosHelp')}</p>
        {groups.map(([kind, label, items]) =>
          items.length === 0 ? null : (
            <div key={kind} role="group" aria-label={label}>
              <h4>{label}</h4>
              {items.map((item) => (
                <label key={item.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={aos[kind].includes(item.id)}
                    onChange={(e) => toggle(kind, item.id, e.target.checked)}
                  />
                  {item.name}
                </label>
              ))}
            </div>
          ),
        )}
      </fieldset>
      {problems.length > 0 && (
        <div role="alert" className="notice notice--error">
          <p>{t('slices.invalid')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemLine(p, labelFor(p.path), lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="terms-actions">
        <button type="submit" className="button button--primary">
          {t('slices.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
