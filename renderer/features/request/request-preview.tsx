import type { RequestDocument } from '../../../core/request/model';
import { useT } from '../../i18n/use-t';
import { humanizeDates } from './request-format';

/** The request document rendered as HTML (headings, fields, tables, signature), as the writers lay it out. */
export function RequestPreview({ doc, draft }: { doc: RequestDocument; draft: boolean }) {
  const t = useT();
  return (
    <article className="request-preview" aria-label={t('request.preview')} lang={doc.lang}>
      {draft && (
        <p className="request-preview__draft" role="note">
          {doc.lang === 'da' ? 'UDKAST' : 'DRAFT'}
        </p>
      )}
      <h3 className="request-preview__title">{doc.title}</h3>
      {doc.sections.map((section) => (
        <section key={section.id} className="request-preview__section">
          <h4>{section.heading}</h4>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{humanizeDates(p, doc.lang)}</p>
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
          {section.table && section.table.rows.length > 0 && (
            <table className="data-table">
              <thead>
                <tr>
                  {section.table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{humanizeDates(cell, doc.lang)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <footer className="request-preview__signature">
        {doc.signature.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </article>
  );
}
