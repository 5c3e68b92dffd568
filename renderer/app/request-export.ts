import { neighbourLandFromBasemap } from '../../core/geo/neighbours';
import { buildRequestDocument, hasBlockingFindings } from '../../core/request/build';
import { loadLandPolygons } from '../map/basemaps';
import type { RequestDocument } from '../../core/request/model';
import { resolveRequestDraft } from '../../core/request/draft';
import { requestToGeoJson } from '../../core/request/write-geojson';
import { requestToJson } from '../../core/request/write-json';
import { localTodayIso, REQUEST_FORMATS, requestFileName, requestSlug } from '../features/request/request-format';
import { host } from '../host';
import { translator } from '../i18n';
import type { RequestExportChoice } from '../state/app-state';
import { plannedBandwidthMHz, slicePlanInputsHash } from '../state/slices-plan';
import { appStore } from '../state/store';
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
 * Builds the lease request with the wizard's export choice and hands the bytes to the host.
 * Refuses (returns false) while blocking findings exist and the export is not marked as a draft.
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
  store.setRequestBusy(true);
  try {
    // Let the busy state paint before coverage and the writers take the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const neighbourLand = neighbourLandFromBasemap(await loadLandPolygons());
    const doc = buildRequestDocument({
      project,
      profile,
      draft,
      lang: wizard.choice.lang,
      markDraft: wizard.choice.markDraft,
      coverage: 'compute',
      neighbourLand,
      ...(requiredBandwidthMHz === undefined ? {} : { requiredBandwidthMHz }),
    });
    if (hasBlockingFindings(doc) && !wizard.choice.markDraft) return false;
    const bytes = await bytesFor(doc, wizard.choice.format);
    const suggestedName = requestFileName(requestSlug(project.meta), draft.requestDate, wizard.choice);
    const saved = await host.exportFile({
      suggestedName,
      bytes,
      mimeType: REQUEST_FORMATS[wizard.choice.format].mimeType,
    });
    if (saved.ok) appStore.getState().showToast(t('toast.exported', { name: saved.name }));
    else if (!saved.canceled)
      appStore.getState().openDialog({ kind: 'error', message: t('error.export', { message: saved.message }) });
    return saved.ok;
  } catch (error) {
    appStore.getState().openDialog({ kind: 'error', message: t('error.export', { message: String(error) }) });
    return false;
  } finally {
    appStore.getState().setRequestBusy(false);
  }
}
