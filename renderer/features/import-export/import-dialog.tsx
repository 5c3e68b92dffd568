import { useId, type ReactNode } from 'react';
import { guessColumnMapping, type ColumnMapping, type SiteColumn } from '../../../core/io/csv-columns';
import { formatNumber } from '../../../core/geo/format';
import type { SkippedRow } from '../../../core/io/imported';
import { formatProblem, type Problem } from '../../../core/project/problem';
import { areaKindSchema, type AreaKind } from '../../../core/project/schema';
import { applyImport, cancelImport, exportSkippedRows, remapImport, setImportAreaKind } from '../../app/import-flow';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import type { ImportDialogState } from '../../state/app-state';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';

const COLUMNS: SiteColumn[] = ['name', 'lat', 'lon', 'easting', 'northing', 'antennaHeightM', 'kind', 'notes'];

function ProblemList({ problems, label }: { problems: Problem[]; label: string }) {
  const lang = useApp((s) => s.lang);
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 50);
  return (
    <>
      <h3 className="import-preview__sub">{label}</h3>
      <ul className="problem-list" aria-label={label}>
        {shown.map((problem, index) => (
          <li key={index} className={`problem problem--${problem.severity}`}>
            {formatProblem(problem, lang)}
          </li>
        ))}
        {problems.length > shown.length && <li>… +{problems.length - shown.length}</li>}
      </ul>
    </>
  );
}

/** A labelled value of the summary (an output named by its term, as the inspector does). */
function Entry({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <dt id={id}>{label}</dt>
      <dd>
        <output aria-labelledby={id}>{children}</output>
      </dd>
    </>
  );
}

function ColumnSelect({ column, headers, mapping }: { column: SiteColumn; headers: string[]; mapping: ColumnMapping }) {
  const t = useT();
  const id = useId();
  const value = mapping[column];
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t(`import.column.${column}` as MessageKey)}</label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const next: ColumnMapping = { ...mapping };
          if (e.target.value === '') delete next[column];
          else next[column] = Number(e.target.value);
          remapImport(next);
        }}
      >
        <option value="">{t('import.column.none')}</option>
        {headers.map((header, index) => (
          <option key={index} value={index}>
            {header || `#${index + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** CSV rows the import will leave out, each with its problems, and a way to save them for fixing (issue 13 item 6). */
function SkippedRows({ rows }: { rows: SkippedRow[] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const headingId = useId();
  if (rows.length === 0) return null;
  const shown = rows.slice(0, 50);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="import-preview__sub">
        {t('import.skipped', { count: rows.length })}
      </h3>
      <ul className="problem-list" aria-labelledby={headingId}>
        {shown.map((row) => (
          <li key={row.line} className="problem problem--error">
            {t('import.skippedRow', { line: row.line })}:{' '}
            {row.problems.map((p) => formatProblem({ ...p, line: undefined, file: undefined }, lang)).join(' ')}
          </li>
        ))}
        {rows.length > shown.length && <li>… +{rows.length - shown.length}</li>}
      </ul>
      <p className="muted">{t('import.skippedHint')}</p>
      <button type="button" className="button" onClick={() => void exportSkippedRows()}>
        {t('import.exportSkipped')}
      </button>
    </section>
  );
}

/** The import preview: summary, located problems, CSV column mapping, area kind; Import is one undo step. */
export function ImportDialog({ dialog }: { dialog: ImportDialogState }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plural = (n: number): 'one' | 'other' => (new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other');
  const kindId = useId();
  const { result } = dialog;
  const value = result?.ok ? result.value : null;
  const errors = result && !result.ok ? result.problems.filter((p) => p.severity === 'error') : [];
  const warnings = result ? (result.ok ? result.warnings : result.problems.filter((p) => p.severity !== 'error')) : [];
  const canImport =
    value !== null && value.data.sites.length + value.data.areas.length + value.data.corridors.length > 0;
  const skipped = value?.skipped ?? [];
  const headers = value?.csvLayout?.headers ?? dialog.csvHeaders;
  // Until the user maps a column, show the importer's guess (also when that guess failed).
  const mapping = value?.csvLayout?.mapping ?? dialog.mapping ?? guessColumnMapping(headers ?? []);
  const bbox = value?.summary.bboxWgs84;
  const deg = (v: number) => formatNumber(v, lang, 4);

  return (
    <Dialog
      title={t('import.title')}
      placement="side"
      onCancel={cancelImport}
      tone={errors.length > 0 ? 'error' : 'normal'}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={!canImport} onClick={applyImport}>
            {skipped.length > 0 && value
              ? t('import.applyGood', {
                  good: t(`import.validRows.${plural(value.data.sites.length)}`, { count: value.data.sites.length }),
                  skipped: t(`import.rows.${plural(skipped.length)}`, { count: skipped.length }),
                })
              : t('import.apply')}
          </button>
          <button type="button" className="button" onClick={cancelImport}>
            {t('dialog.cancel')}
          </button>
        </>
      }
    >
      <p className="import-preview__file">{dialog.fileName}</p>
      {result === null && (
        <p role="status" className="import-preview__busy">
          <span className="spinner" aria-hidden="true" /> {t('import.parsing')}
        </p>
      )}
      {errors.length > 0 && <p>{t('import.failed')}</p>}
      {value && (
        <dl className="import-preview__summary">
          <Entry label={t('import.format')}>{value.summary.format.toUpperCase()}</Entry>
          <Entry label={t('import.crs')}>{value.summary.crs}</Entry>
          <Entry label={t('objects.sites')}>{value.data.sites.length}</Entry>
          <Entry label={t('objects.areas')}>{value.data.areas.length}</Entry>
          <Entry label={t('objects.corridors')}>{value.data.corridors.length}</Entry>
          {bbox && (
            <Entry label={t('import.bbox')}>
              {deg(bbox[1])}–{deg(bbox[3])}° N, {deg(bbox[0])}–{deg(bbox[2])}° {lang === 'da' ? 'Ø' : 'E'}
            </Entry>
          )}
          {value.csvLayout && (
            <Entry label={t('import.encoding')}>
              {value.csvLayout.encoding}, «{value.csvLayout.delimiter === '\t' ? 'tab' : value.csvLayout.delimiter}»
              {value.csvLayout.decimalComma ? `, ${t('import.decimalComma')}` : ''}
            </Entry>
          )}
        </dl>
      )}
      <ProblemList problems={errors} label={t('import.errors')} />
      <SkippedRows rows={skipped} />
      <ProblemList problems={warnings} label={t('import.warnings')} />
      {value && value.data.areas.length > 0 && (
        <div className="field field--inline">
          <label htmlFor={kindId}>{t('import.areaKind')}</label>
          <select id={kindId} value={dialog.areaKind} onChange={(e) => setImportAreaKind(e.target.value as AreaKind)}>
            {areaKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`areaKindOne.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {headers && headers.length > 0 && (
        <fieldset className="import-preview__columns">
          <legend>{t('import.columns')}</legend>
          {COLUMNS.map((column) => (
            <ColumnSelect key={column} column={column} headers={headers} mapping={mapping} />
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
