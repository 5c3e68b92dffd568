import { useMemo } from 'react';
import { useApp } from '../state/store';
import { projectTerms, type ProjectTerms } from './catalog';

/** The terms catalog and the project's chosen profile, recomputed when either changes. */
export function useProjectTerms(): ProjectTerms {
  const termsProfileId = useApp((s) => s.project.termsProfileId);
  const customTermsProfiles = useApp((s) => s.project.customTermsProfiles);
  return useMemo(() => projectTerms({ termsProfileId, customTermsProfiles }), [termsProfileId, customTermsProfiles]);
}
