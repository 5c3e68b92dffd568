import { useMemo } from 'react';
import { buildRequestDocument, hasBlockingFindings } from '../../../core/request/build';
import type { RequestDocument } from '../../../core/request/model';
import { resolveRequestDraft, type RequestDraft } from '../../../core/request/draft';
import type { Project } from '../../../core/project/schema';
import type { TermsProfile } from '../../../core/terms/schema';
import type { RequestExportChoice } from '../../state/app-state';
import { plannedSlicesNeed, slicePlanInputsHash } from '../../state/slices-plan';
import { useApp } from '../../state/store';
import { useProjectTerms } from '../../terms/use-terms';
import { useRequestLand } from './request-land';
import { localTodayIso } from './request-format';

/** Everything the wizard's steps and preview show, derived from the project and the export choice. */
export interface RequestModel {
  project: Project;
  profile: TermsProfile;
  draft: RequestDraft;
  doc: RequestDocument;
  blocking: boolean;
  today: string;
  /**
   * The slices are being (re)planned for the current project (a plan runs, or one is due after an edit): their
   * bandwidth check is pending rather than "not sized". The exported document still says unsized if it is.
   */
  slicesPending: boolean;
}

const FALLBACK_CHOICE: RequestExportChoice = { format: 'pdf', lang: 'da', markDraft: false };

/** Builds the request document live from the current project, profile and export choice. */
export function useRequestModel(): RequestModel {
  const project = useApp((s) => s.project);
  const choice = useApp((s) => s.requestWizard?.choice ?? FALLBACK_CHOICE);
  const { profile } = useProjectTerms();
  const slicePlan = useApp((s) => s.slicePlan);
  const today = localTodayIso();
  const uiLang = useApp((s) => s.lang);
  const land = useRequestLand();
  return useMemo(() => {
    const draft = resolveRequestDraft(project, profile, today);
    // A fresh slice plan's need feeds the terms checks (a stale one is ignored).
    const hash = slicePlanInputsHash(project, profile);
    const need = plannedSlicesNeed(slicePlan, hash);
    const slicesPending =
      project.slices.length > 0 && need === undefined && (slicePlan.busy || slicePlan.inputsHash !== hash);
    const doc = buildRequestDocument({
      project,
      profile,
      draft,
      lang: choice.lang,
      uiLang,
      markDraft: choice.markDraft,
      land: land ?? [],
      ...(need ?? (project.slices.length > 0 && !slicesPending ? { slicesUnsized: true } : {})),
    });
    return { project, profile, draft, doc, blocking: hasBlockingFindings(doc), today, slicesPending };
  }, [project, profile, today, choice.lang, choice.markDraft, slicePlan, uiLang, land]);
}
