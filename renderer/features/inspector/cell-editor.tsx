import { useId } from 'react';
import { formatNumber } from '../../i18n/format-number';
import { cellSchema, type Cell, type Site } from '../../../core/project/schema';
import type { Sourced } from '../../../core/terms/schema';
import { useT } from '../../i18n/use-t';
import type { Translate } from '../../i18n';
import { addCell, deleteCell, newCell, updateCell, type CellPatch } from '../../state/cell-actions';
import { useApp } from '../../state/store';
import { sourcedState } from '../../terms/terms-format';
import { useProjectTerms } from '../../terms/use-terms';
import { SchemaNumberField } from './schema-number-field';

type NumberKey = Exclude<keyof CellPatch, 'aas'>;

const shape = cellSchema.shape;

/** "Grænse: 68 dBm/5 MHz (ikke verificeret)" for a sourced licence limit in dBm/5 MHz. */
function limitHint(limit: Sourced<number>, t: Translate, lang: 'da' | 'en'): string {
  const state = sourcedState(limit);
  if (state === 'unpublished' || limit.value === null) return t('cell.limitUnpublished');
  return t('cell.limit', {
    value: formatNumber(limit.value, lang, limit.value % 1 === 0 ? 0 : 1),
    state: t(state === 'verified' ? 'terms.verified' : 'terms.unverified'),
  });
}

/** The cells of a site, each in a fieldset "Celle N" with schema-checked fields; every change is one undo step. */
export function CellEditor({ site }: { site: Site }) {
  const t = useT();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <section aria-labelledby={`cells-${site.id}`}>
      <h3 id={`cells-${site.id}`} className="inspector__sub">
        {t('field.cells')}
      </h3>
      {site.cells.length === 0 && <p className="muted">{t('field.noCells')}</p>}
      {site.cells.map((cell, i) => (
        <CellFieldset key={cell.id} siteId={site.id} cell={cell} index={i} />
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => dispatch(addCell, { siteId: site.id, cell: newCell(crypto.randomUUID(), site.cells.length) })}
      >
        {t('cell.add')}
      </button>
    </section>
  );
}

function CellFieldset({ siteId, cell, index }: { siteId: string; cell: Cell; index: number }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const { profile } = useProjectTerms();
  const aasId = useId();
  const update = (patch: CellPatch) => dispatch(updateCell, { siteId, cellId: cell.id, patch });
  return (
    <fieldset className="cell-fieldset">
      <legend>{t('cell.legend', { n: index + 1 })}</legend>
      <CellNumberField
        cell={cell}
        name="azimuthDeg"
        onPatch={update}
        label={t('cell.azimuth')}
        emptyIsNull
        hint={t('cell.azimuthHint')}
      />
      <CellNumberField cell={cell} name="downtiltDeg" onPatch={update} label={t('cell.downtilt')} />
      <div className="field field--checkbox">
        <label htmlFor={aasId}>
          <input id={aasId} type="checkbox" checked={cell.aas} onChange={(e) => update({ aas: e.target.checked })} />{' '}
          {t('cell.aas')}
        </label>
      </div>
      {cell.aas ? (
        <CellNumberField
          cell={cell}
          name="trpDbmPer5MHz"
          onPatch={update}
          label={t('cell.trp')}
          hint={limitHint(profile.aasTrpDbmPer5MHz, t, lang)}
        />
      ) : (
        <CellNumberField
          cell={cell}
          name="eirpDbmPer5MHz"
          onPatch={update}
          label={t('cell.eirp')}
          hint={limitHint(profile.nonAasEirpDbmPer5MHz, t, lang)}
        />
      )}
      <CellNumberField cell={cell} name="frequencyMHz" onPatch={update} label={t('cell.frequency')} />
      <CellNumberField cell={cell} name="bandwidthMHz" onPatch={update} label={t('cell.bandwidth')} />
      <details className="cell-antenna">
        <summary>{t('cell.antenna')}</summary>
        <CellNumberField cell={cell} name="horizontalBeamwidthDeg" onPatch={update} label={t('cell.hpbwH')} />
        <CellNumberField cell={cell} name="verticalBeamwidthDeg" onPatch={update} label={t('cell.hpbwV')} />
        <CellNumberField cell={cell} name="maxGainDbi" onPatch={update} label={t('cell.maxGain')} />
        <CellNumberField cell={cell} name="frontToBackDb" onPatch={update} label={t('cell.frontToBack')} />
      </details>
      <button
        type="button"
        className="link-button link-button--danger"
        aria-label={t('cell.deleteN', { n: index + 1 })}
        onClick={() => dispatch(deleteCell, { siteId, cellId: cell.id })}
      >
        {t('cell.delete')}
      </button>
    </fieldset>
  );
}

/** One number field of a cell; its key remounts it when the value changes outside it (undo, redo). */
function CellNumberField(props: {
  cell: Cell;
  name: NumberKey;
  label: string;
  hint?: string;
  emptyIsNull?: boolean;
  onPatch(patch: CellPatch): void;
}) {
  const { cell, name, onPatch, ...rest } = props;
  const lang = useApp((s) => s.lang);
  const value = cell[name];
  return (
    <SchemaNumberField
      key={`${cell.id}:${name}:${String(value)}:${lang}`}
      {...rest}
      value={value}
      schema={shape[name]}
      fractionDigits={1}
      onCommit={(next) => onPatch({ [name]: next })}
    />
  );
}
