import { neighbourLandFromBasemap } from '../../core/geo/neighbours';
import { buildRequestDocument, hasBlockingFindings } from '../../core/request/build';
import { loadLandPolygons } from '../map/basemaps';
import type { RequestDocument } from '../../core/request/model';
import { resolveRequestDraft } from '../../core/request/draft';
import { requestToGeoJson } from '../../core/request/write-geojson';
import { requestToJson } from '../../core/request/write-json';
import { localTodayIso, REQUEST_FORMATS, requestFileName, requestSlug } from '../features/request/request-format';
import { translator } from '../i18n';
import type { RequestExportChoice } from '../state/app-state';
import { plannedBandwidthMHz, slicePlanInputsHash } from '../state/slices-plan';
import { appStore } from '../state/store';
import { reportExport, saveExport } from './save-export';
import { projectTerms } from '../terms/catalog';

const encoder = new TextEncoder();

/** Writes the document in a format; the PDF and DOCX writers load on first use. */
async function bytesFor(doc: RequestDocument, format: RequestExportChoice['format']): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return (await import('../../core/request/write-pdf')).requestToPdf(doc);
    case 'docx':
      return (await import('../../core/request/write-docx')).requestToDocx(doc);
    case 'json':
      return encoder.encode(`${JSON.stringify(requestToJson(doc), null, 2)}\n`);
    case 'geojson':
      return encoder.encode(`${JSON.stringify(requestToGeoJson(doc), null, 2)}\n`);
  }
}

/**
 * Exports the lease request with the wizard's choice: asks where to save first (inside the click, which Chromium's
 * save picker needs), then builds the document and writes it. Refuses (returns false) while blocking findings exist
 * and the export is not marked as a draft. Call from the click handler; nothing may be awaited before saveExport.
 */
export async function exportRequest(): Promise<boolean> {
  const store = appStore.getState();
  const wizard = store.requestWizard;
  if (!wizard || wizard.busy) return false;
  const t = translator(store.lang);
  const { project } = store;
  const { profile } = projectTerms(project);
  const draft = resolveRequestDraft(project, profile, localTodayIso());
  const requiredBandwidthMHz = plannedBandwidthMHz(store.slicePlan, slicePlanInputsHash(project, profile));
  const { choice } = wizard;
  let refused = false;
  const build = async (): Promise<Uint8Array> => {
    const neighbourLand = neighbourLandFromBasemap(await loadLandPolygons());
    const doc = buildRequestDocument({
      project,
      profile,
      draft,
      lang: choice.lang,
      markDraft: choice.markDraft,
      coverage: 'compute',
      neighbourLand,
      ...(requiredBandwidthMHz === undefined ? {} : { requiredBandwidthMHz }),
    });
    if (hasBlockingFindings(doc) && !choice.markDraft) {
      refused = true;
      throw new Error('blocking findings');
    }
    return bytesFor(doc, choice.format);
  };
  try {
    const outcome = await saveExport({
      suggestedName: requestFileName(requestSlug(project.meta), draft.requestDate, choice),
      mimeType: REQUEST_FORMATS[choice.format].mimeType,
      build,
      onPhase: (phase) => appStore.getState().setRequestBusy(phase !== 'choosing'),
    });
    if (refused) {
      appStore
        .getState()
        .openDialog({ kind: 'error', title: t('export.failedTitle'), message: t('request.exportRefused') });
      return false;
    }
    reportExport(outcome);
    return outcome.ok;
  } finally {
    appStore.getState().setRequestBusy(false);
  }
}
