import { useId, useState } from 'react';
import { formatInputNumber } from '../../i18n/numbers';
import { parseCoordinate } from '../../geo/parse-coordinate';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

interface PositionFieldProps {
  lat: number;
  lon: number;
  /** Called with the new WGS84 position in degrees. */
  onCommit(lon: number, lat: number): void;
}

/**
 * One text field for a site's position: WGS84 decimal or DMS, or EPSG:25832 metres.
 * Commits on blur or Enter; bad input stays in the field, marked invalid with the reason.
 */
export function PositionField({ lat, lon, onCommit }: PositionFieldProps) {
  const id = useId();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const sep = lang === 'da' ? ' ' : ', ';
  const shown = `${formatInputNumber(lat, lang, 6)}${sep}${formatInputNumber(lon, lang, 6)}`;
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft.trim() === shown) return setError(null);
    const parsed = parseCoordinate(draft);
    if (!parsed.ok) return setError(parsed.message[lang]);
    setError(null);
    onCommit(parsed.lon, parsed.lat);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('field.position')}</label>
      <input
        id={id}
        value={draft}
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help`}
        aria-errormessage={error ? `${id}-err` : undefined}
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
      {error ? (
        <span id={`${id}-err`} className="field__error" role="alert">
          {error}
        </span>
      ) : (
        <span id={`${id}-help`} className="field__help">
          {t('field.positionHelp')}
        </span>
      )}
    </div>
  );
}
