import { useMemo } from 'react';
import { buildRequestDocument, hasBlockingFindings } from '../../../core/request/build';
import type { RequestDocument } from '../../../core/request/model';
import { resolveRequestDraft, type RequestDraft } from '../../../core/request/draft';
import type { Project } from '../../../core/project/schema';
import type { TermsProfile } from '../../../core/terms/schema';
import type { RequestExportChoice } from '../../state/app-state';
import { slicePlanInputsHash, slicesNeedForRequest } from '../../state/slices-plan';
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
    // A fresh slice plan's bandwidth feeds the terms checks (a stale one is ignored).
    const slices = slicesNeedForRequest(slicePlan, slicePlanInputsHash(project, profile), project.slices.length);
    const doc = buildRequestDocument({
      project,
      profile,
      draft,
      lang: choice.lang,
      uiLang,
      markDraft: choice.markDraft,
      land: land ?? [],
      ...slices,
    });
    return { project, profile, draft, doc, blocking: hasBlockingFindings(doc), today };
  }, [project, profile, today, choice.lang, choice.markDraft, slicePlan, uiLang, land]);
}
