import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useReturnFocus } from '../features/dialog';
import { parseCoordinate } from '../geo/parse-coordinate';
import { useT } from '../i18n/use-t';
import type { ToolId } from '../state/app-state';
import { appStore, useApp } from '../state/store';
import { drawCommands, drawPointCount, subscribeDrawPoints } from './draw-session';

type Parsed = { ok: true; points: { lat: number; lon: number }[] } | { ok: false; index: number; message: string };

/** Parses one point or several separated by semicolons (each in any of the three accepted notations). */
function parsePoints(text: string, lang: 'da' | 'en'): Parsed {
  const parts = text.split(';').map((p) => p.trim());
  const points: { lat: number; lon: number }[] = [];
  for (const [index, part] of parts.entries()) {
    if (part === '') continue;
    const parsed = parseCoordinate(part);
    if (!parsed.ok) return { ok: false, index: index + 1, message: parsed.message[lang] };
    points.push({ lat: parsed.lat, lon: parsed.lon });
  }
  return { ok: true, points };
}

/** Zooms to the object a drawing just created (it is selected), when one was. */
function showCreated(selectedBefore: string | null): void {
  const { selectedId, focus } = appStore.getState();
  if (selectedId && selectedId !== selectedBefore) focus(selectedId);
}

/**
 * Keyboard drawing: while a tool is active, a field takes typed positions (WGS84 decimal, DMS or EPSG:25832).
 * Enter adds the point (or places the site); on an empty field Enter finishes, Backspace removes the last point
 * and Escape cancels, the same keys as on the map. It takes focus when the tool starts.
 */
export function DrawPointEntry({ tool }: { tool: Exclude<ToolId, 'select'> }) {
  const t = useT();
  const id = useId();
  const lang = useApp((s) => s.lang);
  const count = useSyncExternalStore(subscribeDrawPoints, drawPointCount);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const typed = useRef(false);
  const isSite = tool === 'addSite';
  // Focus the field when the tool starts; give it back to the tool button when the drawing ends.
  useReturnFocus();
  useEffect(() => input.current?.focus(), [tool]);

  const add = () => {
    const parsed = parsePoints(text, lang);
    if (!parsed.ok) return setError(t('draw.badPoint', { index: parsed.index, message: parsed.message }));
    setError(null);
    setText('');
    typed.current = true;
    const commands = drawCommands();
    const before = appStore.getState().selectedId;
    for (const p of isSite ? parsed.points.slice(0, 1) : parsed.points) commands?.addPoint(p.lat, p.lon);
    if (isSite) showCreated(before);
  };
  /** Finishes the drawing; an object drawn from typed points may lie outside the view, so the map goes to it. */
  const finish = () => {
    const before = appStore.getState().selectedId;
    drawCommands()?.finish();
    if (typed.current) showCreated(before);
  };
  const cancel = () => appStore.getState().setTool('select');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const empty = text.trim() === '';
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!empty) add();
      else if (!isSite) finish();
    } else if (event.key === 'Escape' && empty) {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Backspace' && empty && !isSite) {
      event.preventDefault();
      drawCommands()?.removeLastPoint();
    }
  };

  return (
    <div className="draw-entry">
      <label htmlFor={id}>{t(isSite ? 'draw.sitePosition' : 'draw.point')}</label>
      <input
        ref={input}
        id={id}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={`${id}-help`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="draw-toolbar__button" onClick={add}>
        {t(isSite ? 'draw.placeSite' : 'draw.addPoint')}
      </button>
      {!isSite && (
        <>
          <button
            type="button"
            className="draw-toolbar__button"
            aria-keyshortcuts="Backspace"
            disabled={count === 0}
            onClick={() => drawCommands()?.removeLastPoint()}
          >
            {t('draw.removeLast')}
          </button>
          <button type="button" className="draw-toolbar__button" aria-keyshortcuts="Enter" onClick={finish}>
            {t('draw.finish')} ({count})
          </button>
        </>
      )}
      <button type="button" className="draw-toolbar__button" aria-keyshortcuts="Escape" onClick={cancel}>
        {t('draw.cancel')}
      </button>
      {error ? (
        <span id={`${id}-help`} className="field__error" role="alert">
          {error}
        </span>
      ) : (
        <span id={`${id}-help`} className="draw-entry__help">
          {t(isSite ? 'draw.sitePositionHelp' : 'draw.pointHelp')}
        </span>
      )}
    </div>
  );
}
