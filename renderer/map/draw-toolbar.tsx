import { useEffect, useId } from 'react';
import { areaKindSchema, type AreaKind } from '../../core/project/schema';
import { isTypingTarget, runCommand } from '../app/commands';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';
import type { ToolId } from '../state/app-state';
import { appStore, useApp } from '../state/store';
import { DrawPointEntry } from './draw-point-entry';

const TOOLS: { tool: Exclude<ToolId, 'select'>; key: string; label: MessageKey; hint: MessageKey }[] = [
  { tool: 'addSite', key: 'S', label: 'draw.addSite', hint: 'draw.hint.addSite' },
  { tool: 'drawArea', key: 'A', label: 'draw.drawArea', hint: 'draw.hint.drawArea' },
  { tool: 'drawCorridor', key: 'C', label: 'draw.drawCorridor', hint: 'draw.hint.drawCorridor' },
];

/** Single-key tool shortcuts (S, A, C) outside text fields and dialogs. */
function useToolShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const state = appStore.getState();
      if (state.dialog) return;
      const entry = TOOLS.find((t) => t.key === event.key.toUpperCase());
      if (!entry) return;
      event.preventDefault();
      state.setTool(state.activeTool === entry.tool ? 'select' : entry.tool);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The drawing toolbar over the map: add site, draw area (with its kind), draw corridor, delete. */
export function DrawToolbar() {
  const t = useT();
  const kindId = useId();
  const tool = useApp((s) => s.activeTool);
  const setTool = useApp((s) => s.setTool);
  const areaKind = useApp((s) => s.drawAreaKind);
  const setAreaKind = useApp((s) => s.setDrawAreaKind);
  const hasSelection = useApp((s) => s.selectedId !== null);
  useToolShortcuts();
  const active = TOOLS.find((entry) => entry.tool === tool);
  return (
    <div className="draw-toolbar map-control" role="toolbar" aria-label={t('draw.toolbar')}>
      {TOOLS.map((entry) => (
        <button
          key={entry.tool}
          type="button"
          className="draw-toolbar__button"
          aria-pressed={tool === entry.tool}
          title={`${t(entry.label)} (${entry.key})`}
          aria-keyshortcuts={entry.key}
          onClick={() => setTool(tool === entry.tool ? 'select' : entry.tool)}
        >
          {t(entry.label)}
        </button>
      ))}
      <label htmlFor={kindId} className="visually-hidden">
        {t('draw.areaKind')}
      </label>
      <select
        id={kindId}
        value={areaKind}
        title={t('draw.areaKind')}
        onChange={(e) => setAreaKind(e.target.value as AreaKind)}
      >
        {areaKindSchema.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`areaKindOne.${kind}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="draw-toolbar__button"
        title={`${t('draw.delete')} (Delete)`}
        aria-keyshortcuts="Delete"
        disabled={!hasSelection}
        onClick={() => runCommand('edit.delete')}
      >
        {t('draw.delete')}
      </button>
      {active && (
        <>
          <p className="draw-toolbar__hint" role="status">
            {t(active.hint)}
          </p>
          <DrawPointEntry tool={active.tool} />
        </>
      )}
    </div>
  );
}
