import { useId, useState, type ReactNode } from 'react';
import { formatInputNumber, parseInputNumber } from '../../i18n/numbers';
import { useT } from '../../i18n/use-t';
import { updateRequestDraft, type RequestDraftPatch } from '../../state/request-actions';
import { useApp } from '../../state/store';
import { parseDateInput, showDate } from './request-format';

/** Returns `edit(patch, key)`: one undoable draft edit; edits with the same key while typing share a step. */
export function useDraftEdit(): (patch: RequestDraftPatch, key: string) => void {
  const dispatch = useApp((s) => s.dispatch);
  return (patch, key) => dispatch(updateRequestDraft, patch, { coalesce: `request.${key}` });
}

interface FieldShellProps {
  id: string;
  label: string;
  error?: string | null;
  help?: ReactNode;
  children: ReactNode;
}

function FieldShell({ id, label, error, help, children }: FieldShellProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {help && (
        <span id={`${id}-help`} className="field__help">
          {help}
        </span>
      )}
      {error && (
        <span id={`${id}-err`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

interface DraftTextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Message shown (and aria-invalid set) when the value is invalid. */
  error?: string | null;
  help?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
}

/** A text field bound to the saved draft: every keystroke updates the preview; one undo step per field visit. */
export function DraftText({ label, value, onChange, error, help, multiline, type = 'text', required }: DraftTextProps) {
  const id = useId();
  const endCoalesce = useApp((s) => s.endCoalesce);
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error ? `${id}-err` : '', help ? `${id}-help` : ''].join(' ').trim() || undefined,
    onBlur: endCoalesce,
  };
  return (
    <FieldShell id={id} label={label} error={error} help={help}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/**
 * Local text of a field that shows a stored value. When the stored value changes and the text
 * does not already say it (undo, another field), the text is replaced by the stored value.
 */
function useMirroredText(shown: string, normalize: (text: string) => string | null): [string, (text: string) => void] {
  const [state, setState] = useState({ text: shown, shown });
  let text = state.text;
  if (state.shown !== shown) {
    if (normalize(state.text) !== shown) text = shown;
    setState({ text, shown });
  }
  return [text, (next: string) => setState({ text: next, shown })];
}

interface DraftNumberProps {
  label: string;
  value: number;
  fractionDigits: number;
  min?: number;
  max?: number;
  help?: ReactNode;
  onValue(value: number): void;
}

/** A number field in the UI's decimal format; valid numbers update the draft as they are typed. */
export function DraftNumber({ label, value, fractionDigits, min, max, help, onValue }: DraftNumberProps) {
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const endCoalesce = useApp((s) => s.endCoalesce);
  const shown = formatInputNumber(value, lang, fractionDigits);
  const [text, setText] = useMirroredText(shown, (typed) => {
    const n = parseInputNumber(typed);
    return n === null ? null : formatInputNumber(n, lang, fractionDigits);
  });
  const parsed = parseInputNumber(text);
  const invalid = parsed === null || (min !== undefined && parsed < min) || (max !== undefined && parsed > max);
  return (
    <FieldShell
      id={id}
      label={label}
      help={help}
      error={
        invalid
          ? `${t('field.invalidNumber')}${min !== undefined && max !== undefined ? ` (${min}–${max})` : ''}`
          : null
      }
    >
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : help ? `${id}-help` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseInputNumber(e.target.value);
          const ok = next !== null && (min === undefined || next >= min) && (max === undefined || next <= max);
          if (ok) onValue(next);
        }}
        onBlur={endCoalesce}
      />
    </FieldShell>
  );
}

interface DraftDateProps {
  label: string;
  /** Stored ISO date, or null for the default. */
  value: string | null;
  /** The date used when the field is empty (shown as a hint). */
  defaultIso: string;
  /** Help text instead of "empty = default date", for dates without a default. */
  emptyHelp?: string;
  onValue(iso: string | null): void;
}

/** A date field typed as dd.mm.yyyy (Danish) or dd/mm/yyyy; empty means the default date. */
export function DraftDate({ label, value, defaultIso, emptyHelp, onValue }: DraftDateProps) {
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const endCoalesce = useApp((s) => s.endCoalesce);
  const [text, setText] = useMirroredText(value ? showDate(value, lang) : '', (typed) => {
    const iso = parseDateInput(typed);
    return iso === null ? null : iso === '' ? '' : showDate(iso, lang);
  });
  const parsed = parseDateInput(text);
  return (
    <FieldShell
      id={id}
      label={label}
      help={emptyHelp ?? t('request.dateDefault', { date: showDate(defaultIso, lang) })}
      error={parsed === null ? t('request.dateInvalid') : null}
    >
      <input
        id={id}
        value={text}
        placeholder={emptyHelp ? t('request.datePlaceholder') : showDate(defaultIso, lang)}
        aria-invalid={parsed === null || undefined}
        aria-describedby={parsed === null ? `${id}-err` : `${id}-help`}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDateInput(e.target.value);
          if (iso !== null) onValue(iso === '' ? null : iso);
        }}
        onBlur={() => {
          endCoalesce();
          if (parsed) setText(showDate(parsed, lang));
        }}
      />
    </FieldShell>
  );
}
