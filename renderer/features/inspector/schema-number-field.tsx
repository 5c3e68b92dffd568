import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { problemFromIssue } from '../../../core/project/zod-problems';
import { formatInputNumber, parseInputNumber } from '../../i18n/numbers';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

interface SchemaNumberFieldProps {
  label: string;
  value: number | null;
  /** The value's schema (e.g. `cellSchema.shape.downtiltDeg`); its message is shown for a rejected value. */
  schema: z.ZodType;
  fractionDigits: number;
  /** An empty field means null (e.g. azimuth null = omni). */
  emptyIsNull?: boolean;
  /** Shown under the field, e.g. a licence limit. */
  hint?: ReactNode;
  onCommit(value: number | null): void;
}

/**
 * A number input checked against a zod schema on blur or Enter: a valid value is committed (one undo step),
 * an invalid one stays in the field with the schema's message and aria-invalid. Escape reverts.
 * Remount it with a `key` containing the value so it shows outside changes such as undo.
 */
export function SchemaNumberField(props: SchemaNumberFieldProps) {
  const { label, value, schema, fractionDigits, emptyIsNull = false, hint, onCommit } = props;
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const shown = value === null ? '' : formatInputNumber(value, lang, fractionDigits);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const trimmed = draft.trim();
    const parsed = trimmed === '' && emptyIsNull ? null : parseInputNumber(trimmed);
    if (parsed === null && !(trimmed === '' && emptyIsNull)) {
      setError(t('field.invalidNumber'));
      return;
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      setError(issue ? problemFromIssue(issue).message[lang] : t('field.invalidNumber'));
      return;
    }
    setError(null);
    const next = parsed === null ? '' : formatInputNumber(parsed, lang, fractionDigits);
    if (next !== shown) onCommit(parsed);
  };
  const describedBy = [error ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(shown);
            setError(null);
          }
        }}
      />
      {error !== null && (
        <span id={`${id}-err`} className="field__error" role="alert">
          {error}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}
