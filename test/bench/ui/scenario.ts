import { basename } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { frameWhenScript, PROBES_SCRIPT, type ProbeMarks } from './page-probes';

/** What a planner waits for with one project (milliseconds, seconds, megabytes); null when not measured. */
export interface UiFigures {
  openMs: number | null;
  panMedianFrameMs: number | null;
  panP95FrameMs: number | null;
  renameMs: number | null;
  coverageFirstPixelsS: number | null;
  coverageFinalS: number | null;
  heapMB: number | null;
  heapAfterCoverageMB: number | null;
}

interface ScenarioOptions {
  coverage: boolean;
  coverageTimeoutS: number;
  log(text: string): void;
}

type BenchWindow = Window & { __bench: ProbeMarks; __frames?: number[]; __recording?: boolean };

/** Resolves in the page at the first animation frame after `condition` (script text) holds, with performance.now(). */
function frameWhen(page: Page, condition: string, timeoutMs: number): Promise<number> {
  return page.evaluate(frameWhenScript(condition, timeoutMs)) as Promise<number>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function openProject(page: Page, file: string): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(file);
  const toast = JSON.stringify(`${basename(file)}`);
  const done = await frameWhen(
    page,
    `[...document.querySelectorAll('[role=status]')].some((e) => e.textContent.includes(${toast}))`,
    60_000,
  );
  const marks = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  return done - (marks.fileChosenAt ?? NaN);
}

/** A point on the map where a press pans the map (not on a site marker): tried from the centre outwards. */
async function panStart(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('region', { name: /^(Kort|Map)$/ }).boundingBox();
  if (!box) throw new Error('no map');
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.45, 0.55],
    [0.55, 0.45],
    [0.4, 0.4],
    [0.6, 0.6],
  ] as const) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    await page.mouse.move(x, y);
    const free = await page.evaluate(
      ([px, py]) => {
        const el = document.elementFromPoint(px as number, py as number) as HTMLElement | null;
        // Not on a DOM marker (before canvas sites) nor on a canvas site (the map marks the hover with a class).
        return !!el && !el.closest('.leaflet-marker-icon') && !document.querySelector('.map--over-site');
      },
      [x, y],
    );
    if (free) return { x, y };
  }
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function pan(page: Page): Promise<{ median: number; p95: number }> {
  const { x, y } = await panStart(page);
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (const [dx, dy] of [
    [-260, -140],
    [260, 140],
    [200, -160],
    [-200, 160],
  ] as const) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 40 });
    await page.mouse.up();
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__recording = false;
    return w.__frames ?? [];
  });
  const deltas = frames
    .slice(1)
    .map((t, i) => t - (frames[i] as number))
    .sort((a, b) => a - b);
  return { median: percentile(deltas, 0.5), p95: percentile(deltas, 0.95) };
}

async function rename(page: Page): Promise<number> {
  await page
    .getByRole('list', { name: /^Sites/ })
    .getByRole('button')
    .first()
    .click();
  const field = page.getByLabel('Navn', { exact: true });
  const name = `Omdøbt ${Date.now() % 100000}`;
  await field.fill(name);
  await field.press('Enter');
  const quoted = JSON.stringify(name);
  const done = await frameWhen(
    page,
    `[...document.querySelectorAll('ul button, [role=list] button')].some((b) => b.textContent.trim() === ${quoted}) &&
     !!document.querySelector('.leaflet-container [title=' + JSON.stringify(${quoted}) + ']')`,
    30_000,
  );
  const marks = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  return done - (marks.enterAt ?? NaN);
}

async function coverage(page: Page, timeoutS: number): Promise<{ first: number | null; final: number | null }> {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  let final: number | null;
  try {
    final = await frameWhen(
      page,
      `(() => { const b = document.querySelector('[role=progressbar]'); const run = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Beregn dækning'); return b && b.getAttribute('aria-valuenow') === '100' && run && !run.disabled; })()`,
      timeoutS * 1000,
    );
  } catch {
    final = null;
  }
  const marks = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  const click = marks.clickAt ?? NaN;
  return {
    first: marks.firstRasterAt !== undefined ? (marks.firstRasterAt - click) / 1000 : null,
    final: final !== null ? (final - click) / 1000 : null,
  };
}

/** Opens one project in a fresh page and measures open, pan, rename, coverage and heap. */
export async function measureProject(
  browser: Browser,
  url: string,
  project: { id: string; file: string },
  options: ScenarioOptions,
): Promise<UiFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
  await page.addInitScript({ content: PROBES_SCRIPT });
  // Playwright intercepts file choosers only once a listener exists; registering it late races the shortcut.
  page.on('filechooser', () => undefined);
  try {
    await page.goto(url);
    await page
      .getByRole('list', { name: /^Sites/ })
      .getByRole('button')
      .first()
      .waitFor();
    const openMs = await openProject(page, project.file);
    options.log(`  open ${openMs.toFixed(0)} ms`);
    await page.waitForTimeout(500);
    const panned = await pan(page);
    options.log(`  pan median ${panned.median.toFixed(1)} ms, p95 ${panned.p95.toFixed(1)} ms`);
    const renameMs = await rename(page);
    options.log(`  rename ${renameMs.toFixed(0)} ms`);
    const heap = await heapMB(page);
    const covered = options.coverage ? await coverage(page, options.coverageTimeoutS) : { first: null, final: null };
    if (options.coverage)
      options.log(`  coverage first ${covered.first ?? 'n/a'} s, final ${covered.final ?? 'n/a'} s`);
    const heapAfter = options.coverage ? await heapMB(page) : null;
    return {
      openMs,
      panMedianFrameMs: panned.median,
      panP95FrameMs: panned.p95,
      renameMs,
      coverageFirstPixelsS: covered.first,
      coverageFinalS: covered.final,
      heapMB: heap,
      heapAfterCoverageMB: heapAfter,
    };
  } finally {
    await context.close();
  }
}
