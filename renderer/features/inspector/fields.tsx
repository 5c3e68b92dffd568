import { useId, useState, type ReactNode } from 'react';
import { formatInputNumber, parseInputNumber } from '../../i18n/numbers';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

interface TextFieldProps {
  label: string;
  value: string;
  /** Accept an empty value (otherwise an emptied field reverts). */
  allowEmpty?: boolean;
  onCommit(value: string): void;
}

/**
 * A text input that commits on blur or Enter (one undo step per commit); Escape reverts.
 * Remount it with `key={value}` so it shows outside changes such as undo.
 */
export function TextField({ label, value, allowEmpty = false, onCommit }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed === '' && !allowEmpty) setDraft(value);
    else if (trimmed !== value) onCommit(trimmed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  fractionDigits: number;
  min?: number;
  max?: number;
  onCommit(value: number): void;
}

/** A number input in the UI language's decimal format, committing on blur or Enter. */
export function NumberField({ label, value, fractionDigits, min, max, onCommit }: NumberFieldProps) {
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const shown = formatInputNumber(value, lang, fractionDigits);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const parsed = parseInputNumber(draft);
    if (parsed === null || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (formatInputNumber(parsed, lang, fractionDigits) !== shown) onCommit(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(shown);
            setInvalid(false);
          }
        }}
      />
      {invalid && (
        <span id={`${id}-err`} className="field__error">
          {t('field.invalidNumber')}
          {min !== undefined && max !== undefined && ` (${min}–${max})`}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onCommit(value: V): void;
}

/** A labelled select; each change is one undoable edit. */
export function SelectField<V extends string>({ label, value, options, onCommit }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onCommit(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A read-only labelled value (computed quantities). */
export function ReadOnly({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field field--readonly">
      <span id={id} className="field__label">
        {label}
      </span>
      <output aria-labelledby={id}>{children}</output>
    </div>
  );
}
