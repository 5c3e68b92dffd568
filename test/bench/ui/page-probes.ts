// Probes installed in the page before the app starts (page.addInitScript): they timestamp the user's action in
// the page itself (capture-phase listeners) so the numbers do not include Playwright's round trips. Kept as plain
// script text: functions compiled by tsx carry helpers (__name) that do not exist in the page.

/** What the probes record, in performance.now() milliseconds. */
export interface ProbeMarks {
  fileChosenAt?: number;
  enterAt?: number;
  clickAt?: number;
  firstRasterAt?: number;
}

/**
 * Script text of the probes: file input change, Enter key, clicks on "Beregn dækning"/"Compute coverage", and the
 * first coverage raster (an <img> or <canvas> in a Leaflet pane with class coverage-raster) painted after that click.
 */
export const PROBES_SCRIPT = `(() => {
  const marks = (window.__bench = {});
  document.addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') marks.fileChosenAt = performance.now();
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') marks.enterAt = performance.now();
  }, true);
  document.addEventListener('click', (e) => {
    const button = e.target && e.target.closest ? e.target.closest('button') : null;
    if (button && /^(Beregn dækning|Compute coverage)$/.test(button.textContent || '')) {
      marks.clickAt = performance.now();
      marks.firstRasterAt = undefined;
    }
  }, true);
  const observer = new MutationObserver(() => {
    if (marks.clickAt === undefined || marks.firstRasterAt !== undefined) return;
    const raster = document.querySelector('.leaflet-pane .coverage-raster:not([hidden])');
    if (!raster) return;
    const mark = () => requestAnimationFrame(() => { if (marks.firstRasterAt === undefined) marks.firstRasterAt = performance.now(); });
    if (raster instanceof HTMLImageElement && !raster.complete) raster.addEventListener('load', mark, { once: true });
    else mark();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Script text that resolves at the first animation frame after the expression CONDITION holds (performance.now()). */
export function frameWhenScript(condition: string, timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (${condition}) requestAnimationFrame(() => resolve(performance.now()));
      else if (performance.now() - started > ${timeoutMs}) reject(new Error('timed out'));
      else setTimeout(poll, 5);
    };
    poll();
  })`;
}
