import type { Lang } from '../../core/i18n/localized';
import { chooseExportTarget, host } from '../host';
import { translator, type MessageKey } from '../i18n';
import { appStore } from '../state/store';
import { describeSaveFailure } from './save-errors';

/** The steps of an export, shown while it runs: ask where, build the bytes, write them. */
export type ExportPhase = 'choosing' | 'building' | 'writing';

export interface ExportJob {
  suggestedName: string;
  mimeType: string;
  /** Builds the bytes; runs only after the user chose where to save. */
  build(): Promise<Uint8Array> | Uint8Array;
  onPhase?(phase: ExportPhase): void;
}

/** How an export ended; `message` and `details` are already in the UI language (details: technical, for a report). */
export type ExportOutcome =
  | { ok: true; name: string; via: 'file' | 'download' }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string; details?: string };

function lang(): Lang {
  return appStore.getState().lang;
}

/** The browser's own words, kept for a bug report: `NotAllowedError: …`. */
function technical(reason: string | undefined, message: string): string {
  return reason ? `${reason}: ${message}` : message;
}

function failed(message: string, details?: string): ExportOutcome {
  return { ok: false, canceled: false, message, ...(details ? { details } : {}) };
}

async function buildBytes(job: ExportJob): Promise<Uint8Array | { error: unknown }> {
  job.onPhase?.('building');
  // Let the phase paint before a writer takes the main thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    return await job.build();
  } catch (error) {
    return { error };
  }
}

function buildFailure(error: unknown): ExportOutcome {
  const t = translator(lang());
  return failed(t('export.buildFailed'), error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/**
 * Runs one export: asks where to save FIRST (synchronously, inside the click's user activation, which Chromium's
 * save picker needs), then builds, then writes. Where the picker is absent or refused, the browser's download is
 * the fallback; in Electron the native dialog comes after the build (it has no activation limit). Call it from the
 * click handler before any await.
 */
export async function saveExport(job: ExportJob): Promise<ExportOutcome> {
  job.onPhase?.('choosing');
  const choosing = chooseExportTarget?.({ suggestedName: job.suggestedName, mimeType: job.mimeType });
  if (!choosing) {
    const bytes = await buildBytes(job);
    if ('error' in bytes) return buildFailure(bytes.error);
    job.onPhase?.('writing');
    const saved = await host.exportFile({ suggestedName: job.suggestedName, bytes, mimeType: job.mimeType });
    if (saved.ok) return { ok: true, name: saved.name, via: 'file' };
    return saved.canceled ? { ok: false, canceled: true } : failed(saved.message);
  }
  const chosen = await choosing;
  if (!chosen.ok) {
    if (chosen.canceled) return { ok: false, canceled: true };
    return failed(describeSaveFailure(chosen.reason, lang()), technical(chosen.reason, chosen.message));
  }
  const bytes = await buildBytes(job);
  if ('error' in bytes) return buildFailure(bytes.error);
  job.onPhase?.('writing');
  const written = await chosen.target.write(bytes);
  if (written.ok) return { ok: true, name: written.name, via: chosen.target.via };
  return failed(describeSaveFailure(written.reason, lang()), technical(written.reason, written.message));
}

/** Tells the user how an export ended: a toast when saved, an error dialog titled for the export when it failed. */
export function reportExport(outcome: ExportOutcome, savedKey: MessageKey = 'toast.exported'): void {
  const store = appStore.getState();
  const t = translator(store.lang);
  if (outcome.ok) {
    store.showToast(t(outcome.via === 'download' ? 'toast.exportedDownload' : savedKey, { name: outcome.name }));
  } else if (!outcome.canceled) {
    store.openDialog({
      kind: 'error',
      title: t('export.failedTitle'),
      message: outcome.message,
      ...(outcome.details ? { details: outcome.details } : {}),
    });
  }
}
