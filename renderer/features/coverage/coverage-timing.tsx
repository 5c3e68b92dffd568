import { formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import type { CoverageJobState, CoverageResult } from '../../state/coverage-state';
import { useApp } from '../../state/store';

const seconds = (ms: number, lang: 'da' | 'en') => formatNumber(ms / 1000, lang, 1);

/**
 * What the user waited for, in the coverage panel's status line: while running, the time from the button to the
 * first picture on the map; when done, that, the full-resolution map and the end (statistics and outlines).
 */
export function coverageTimingText(
  t: ReturnType<typeof useT>,
  lang: 'da' | 'en',
  job: CoverageJobState,
  result: CoverageResult | null,
): string {
  if (job.running)
    return job.firstPixelsMs != null
      ? t('coverageRun.firstPixels', { seconds: seconds(job.firstPixelsMs, lang) })
      : t('coverageRun.waiting');
  if (!result) return '';
  if (result.firstPixelsMs != null && result.rasterMs != null)
    return t('coverageRun.timings', {
      first: seconds(result.firstPixelsMs, lang),
      raster: seconds(result.rasterMs, lang),
      total: seconds(result.durationMs, lang),
    });
  return t('coverage.done', { seconds: seconds(result.durationMs, lang) });
}

/** The status line under the progress bar (a live region). */
export function CoverageTimingLine({ running, result }: { running: string; result: CoverageResult | null }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const job = useApp((s) => s.coverage.job);
  if (!job) return null;
  const timing = coverageTimingText(t, lang, job, result);
  return (
    <span className="muted" role="status">
      {job.running ? `${running} ${timing}` : timing}
    </span>
  );
}
