import type { DocTable, RequestDocument } from '../../../core/request/model';
import { useT } from '../../i18n/use-t';

function PreviewTable({ table }: { table: DocTable }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>
                {cell.split('\n').map((line, k) => (
                  <span key={k}>
                    {k > 0 && <br />}
                    {line}
                  </span>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The request document rendered as HTML (letterhead, headings, fields, tables, signature), as the writers lay it out. */
export function RequestPreview({ doc, draft }: { doc: RequestDocument; draft: boolean }) {
  const t = useT();
  return (
    <article className="request-preview" aria-label={t('request.preview')} lang={doc.lang} tabIndex={0}>
      {draft && (
        <p className="request-preview__draft" role="note">
          {{ da: 'UDKAST', en: 'DRAFT', de: 'ENTWURF', sv: 'UTKAST' }[doc.lang]}
        </p>
      )}
      {doc.sample && <p className="request-preview__draft">EKSEMPELDATA / SAMPLE DATA</p>}
      <div className="request-preview__letterhead">
        <p>{doc.letterhead.to.join(', ')}</p>
        <p className="muted">
          {[...doc.letterhead.from, ...doc.letterhead.meta.map(([k, v]) => `${k}: ${v}`)].join(' · ')}
        </p>
      </div>
      <h3 className="request-preview__title">{doc.title}</h3>
      {doc.sections.map((section) => (
        <section key={section.id} className="request-preview__section">
          <h4>{section.heading}</h4>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {section.fields && section.fields.length > 0 && (
            <dl className="request-preview__fields">
              {section.fields.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value || '—'}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.table && section.table.rows.length > 0 && <PreviewTable table={section.table} />}
          {(section.after ?? []).map((p, i) => (
            <p key={`a${i}`}>{p}</p>
          ))}
        </section>
      ))}
      <footer className="request-preview__signature">
        {doc.signature.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {doc.footnotes.map((line) => (
          <p key={line} className="muted">
            {line}
          </p>
        ))}
      </footer>
      {doc.annexes.map((annex) => (
        <section key={annex.id} className="request-preview__section">
          <h4>{annex.heading}</h4>
          {annex.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
