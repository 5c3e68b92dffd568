import { useId, useState } from 'react';
import { formatInputNumber, parseInputNumber } from '../../i18n/numbers';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

/** A labelled number field in the UI language's format; commits a value in [min, max] on blur or Enter. */
export function NumberInput(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  fractionDigits?: number;
  onCommit(value: number): void;
}) {
  const { label, value, min, max, fractionDigits = 1, onCommit } = props;
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const shown = formatInputNumber(value, lang, fractionDigits);
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? value : parseInputNumber(draft);
  const invalid = parsed === null || parsed < min || parsed > max;
  const commit = () => {
    if (draft === null) return;
    if (!invalid && parsed !== value) onCommit(parsed);
    if (!invalid) setDraft(null);
  };
  return (
    <div className="field coverage-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft ?? shown}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {invalid && (
        <span id={`${id}-error`} className="field__error">
          {t('coverage.invalid', { min: formatInputNumber(min, lang, 1), max: formatInputNumber(max, lang, 1) })}
        </span>
      )}
    </div>
  );
}
