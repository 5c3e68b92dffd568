import { useMemo } from 'react';
import { useApp } from '../state/store';
import { translator, type Translate } from './index';

/** The translator for the current UI language. */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
