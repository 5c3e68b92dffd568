import type { Project } from '../../core/project/schema';
import { buildRequestDocument, hasBlockingFindings } from '../../core/request/build';
import type { RequestDocument } from '../../core/request/model';
import { resolveRequestDraft } from '../../core/request/draft';
import { requestToGeoJson } from '../../core/request/write-geojson';
import { requestToJson } from '../../core/request/write-json';
import type { TermsProfile } from '../../core/terms/schema';
import { loadRequestFonts } from '../features/request/request-fonts';
import { requestLand } from '../features/request/request-land';
import { localTodayIso, REQUEST_FORMATS, requestFileName, requestSlug } from '../features/request/request-format';
import { translator } from '../i18n';
import type { RequestExportChoice } from '../state/app-state';
import { slicePlanInputsHash, slicesNeedForRequest } from '../state/slices-plan';
import { appStore } from '../state/store';
import { projectTerms } from '../terms/catalog';
import { reportExport, saveExport } from './save-export';

const encoder = new TextEncoder();

/** Writes the document in a format; the PDF and DOCX writers and the font load on first use. */
async function bytesFor(doc: RequestDocument, format: RequestExportChoice['format']): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return (await import('../../core/request/write-pdf')).requestToPdf(doc, await loadRequestFonts());
    case 'checklist':
      return (await import('../../core/request/write-pdf')).requestChecklistToPdf(doc, await loadRequestFonts());
    case 'docx':
      return (await import('../../core/request/write-docx')).requestToDocx(doc, await loadRequestFonts());
    case 'json':
      return encoder.encode(`${JSON.stringify(requestToJson(doc), null, 2)}\n`);
    case 'geojson':
      return encoder.encode(`${JSON.stringify(requestToGeoJson(doc), null, 2)}\n`);
  }
}

/**
 * The slices' bandwidth from the fresh plan (the wizard keeps it fresh in a worker, as `frekvensplan request` plans
 * them); while a plan is still running or stale the request says the bandwidth is unchecked.
 */
function slicesNeed(
  project: Project,
  profile: TermsProfile,
): { requiredBandwidthMHz?: number; slicesUnsized?: boolean; slicesInfeasible?: boolean } {
  const hash = slicePlanInputsHash(project, profile);
  return slicesNeedForRequest(appStore.getState().slicePlan, hash, project.slices.length);
}

/**
 * Exports the lease request with the wizard's choice: asks where to save first (inside the click, which Chromium's
 * save picker needs), then builds the document (coverage, border and boundary fields, the slices' need, the offline
 * land for the map) and writes it. Refuses (returns false) while blocking findings exist and the export is not
 * marked as a draft; the checklist is always allowed (it is for the requester). Call from the click handler; nothing
 * may be awaited before saveExport.
 */
export async function exportRequest(): Promise<boolean> {
  const store = appStore.getState();
  const wizard = store.requestWizard;
  if (!wizard || wizard.busy) return false;
  const t = translator(store.lang);
  const { project } = store;
  const { profile } = projectTerms(project);
  const draft = resolveRequestDraft(project, profile, localTodayIso());
  const slices = slicesNeed(project, profile);
  const { choice } = wizard;
  let refused = false;
  const build = async (): Promise<Uint8Array> => {
    const land = await requestLand();
    const doc = buildRequestDocument({
      project,
      profile,
      draft,
      lang: choice.lang,
      uiLang: store.lang,
      markDraft: choice.markDraft,
      coverage: 'compute',
      land,
      ...slices,
    });
    const blocked = hasBlockingFindings(doc);
    if (blocked && !choice.markDraft && choice.format !== 'checklist') {
      refused = true;
      throw new Error('blocking findings');
    }
    return bytesFor(blocked ? { ...doc, draft: true } : doc, choice.format);
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
