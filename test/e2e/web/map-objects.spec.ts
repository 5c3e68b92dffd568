import type { Locator, Page } from '@playwright/test';
import { expect, mapRegion, siteList, test } from './fixtures';

/** Counts, in the page, the discs drawn on the site canvas and the SVG paths the object layers create. */
const DRAW_PROBES = `(() => {
  window.__arcs = 0;
  const arc = CanvasRenderingContext2D.prototype.arc;
  CanvasRenderingContext2D.prototype.arc = function (...args) {
    if (this.canvas.classList.contains('site-canvas')) window.__arcs++;
    return arc.apply(this, args);
  };
  window.__seenPaths = new WeakSet();
  window.__markPaths = () => document.querySelectorAll('.leaflet-overlay-pane path').forEach((p) => window.__seenPaths.add(p));
  window.__newPaths = () => [...document.querySelectorAll('.leaflet-overlay-pane path')].filter((p) => !window.__seenPaths.has(p)).length;
})();`;

const HOSTILE = '<img src=x onerror=alert(1)><b>bold</b>';

async function resetCounters(page: Page): Promise<void> {
  await page.evaluate('window.__arcs = 0; window.__markPaths()');
}

async function counters(page: Page): Promise<{ arcs: number; newPaths: number }> {
  return page.evaluate('({ arcs: window.__arcs, newPaths: window.__newPaths() })') as Promise<{
    arcs: number;
    newPaths: number;
  }>;
}

/** Hovers a locator's centre and returns the tooltip Leaflet shows there. */
async function hoverTooltip(page: Page, target: Locator | { x: number; y: number }): Promise<Locator> {
  const box = 'boundingBox' in target ? await target.boundingBox() : { ...target, width: 0, height: 0 };
  if (!box) throw new Error('nothing to hover');
  await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return mapRegion(page).getByRole('tooltip');
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: DRAW_PROBES });
});

test('a site is picked from the objects list and moved on the map by keyboard alone, as one undo step', async ({
  app: page,
}) => {
  // The list: one Tab stop, arrows move between rows, Enter selects (and zooms to) the site.
  const first = siteList(page).getByRole('button').first();
  await first.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeFocused();
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  const lat = page.getByLabel('Breddegrad (WGS84)');
  const lon = page.getByLabel('Længdegrad (WGS84)');
  await expect(lat).toHaveValue('54,7548');

  // The map: the selected site's handle is a pressed button named by the site; arrow keys move it.
  const handle = mapRegion(page).getByRole('button', { name: 'Bagenkop Havn', exact: true });
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(handle).toHaveAccessibleDescription(/piletasterne/);
  await handle.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(lon).not.toHaveValue('10,6758');
  expect(Number((await lat.inputValue()).replace(',', '.'))).toBeGreaterThan(54.7548);
  expect(Number((await lon.inputValue()).replace(',', '.'))).toBeGreaterThan(10.6758);
  await expect(handle).toBeFocused();
  await page.keyboard.press('Tab');

  // Three key presses were one move: one undo brings the site back.
  await page.keyboard.press('Control+Z');
  await expect(lat).toHaveValue('54,7548');
  await expect(lon).toHaveValue('10,6758');
  await page.getByRole('menuitem', { name: 'Rediger' }).click();
  await expect(page.getByRole('menuitem', { name: /^Fortryd/ })).toBeDisabled();
  await page.keyboard.press('Escape');

  // The map's site handles are reachable with Tab from the map itself (after the areas Leaflet makes focusable).
  await mapRegion(page).locator('.leaflet-container').focus();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('site-handle') ?? false);
  }
  expect(reached).toBe(true);
});

test('names in map tooltips and labels are plain text, never markup', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Bagenkop Havn' }).click();
  await page.getByLabel('Navn').fill(HOSTILE);
  await page.getByLabel('Navn').press('Enter');
  const handle = mapRegion(page).getByRole('button', { name: HOSTILE, exact: true });
  await expect(handle).toHaveAttribute('title', HOSTILE);
  const siteTip = await hoverTooltip(page, handle);
  await expect(siteTip).toHaveText(HOSTILE);
  await expect(siteTip.locator('img, b')).toHaveCount(0);
  await expect(siteList(page).getByRole('button', { name: HOSTILE })).toBeVisible();

  // A corridor and an area with the same name (picking the area in the list zooms the map to it).
  await page.getByRole('button', { name: 'Dronekorridor Rudkøbing–Bagenkop (beredskab)' }).click();
  await page.getByLabel('Navn').fill(`${HOSTILE} korridor`);
  await page.getByLabel('Navn').press('Enter');
  await page.getByRole('button', { name: 'Øvelse: brand ved Humble' }).click();
  await page.getByLabel('Navn').fill(HOSTILE);
  await page.getByLabel('Navn').press('Enter');
  await page.waitForTimeout(500);
  // The incident area around Humble: hover its lower right corner, away from the site and the corridor.
  const paths = await mapRegion(page).locator('.leaflet-overlay-pane path[fill="#d32f2f"]').all();
  const areaBox = await paths[0]?.boundingBox();
  if (!areaBox) throw new Error('incident area not drawn');
  const areaTip = await hoverTooltip(page, {
    x: areaBox.x + areaBox.width * 0.85,
    y: areaBox.y + areaBox.height * 0.8,
  });
  await expect(areaTip).toHaveText(HOSTILE);
  await expect(mapRegion(page).locator('.leaflet-tooltip').locator('img, b')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('after an edit only what changed is redrawn', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await page.waitForTimeout(300);

  // A rename changes nothing drawn: no disc is painted, no path created; the handle takes the new name.
  await resetCounters(page);
  await page.getByLabel('Navn').fill('Humble Skole og Hal');
  await page.getByLabel('Navn').press('Enter');
  await expect(mapRegion(page).getByRole('button', { name: 'Humble Skole og Hal' })).toBeVisible();
  expect(await counters(page)).toEqual({ arcs: 0, newPaths: 0 });

  // A full repaint of the nine sites draws at least 3 discs each; moving one repaints only around it.
  await resetCounters(page);
  const zoomOut = mapRegion(page).getByRole('button', { name: 'Zoom ud' });
  await zoomOut.click();
  await page.waitForTimeout(400);
  await zoomOut.click();
  await expect.poll(async () => (await counters(page)).arcs).toBeGreaterThanOrEqual(27);
  await page.waitForTimeout(500);
  await resetCounters(page);
  const handle = mapRegion(page).getByRole('button', { name: 'Humble Skole og Hal' });
  await handle.focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await counters(page)).arcs).toBeGreaterThan(0);
  const moved = await counters(page);
  expect(moved.arcs).toBeLessThan(27);
  expect(moved.newPaths).toBe(0);

  // Renaming one area creates one new path; the other areas and the corridor keep theirs.
  await page.getByRole('button', { name: 'Udkast til lejeområde' }).click();
  await page.waitForTimeout(300);
  await resetCounters(page);
  await page.getByLabel('Navn').fill('Lejeområde, revideret');
  await page.getByLabel('Navn').press('Enter');
  await expect(page.getByRole('button', { name: 'Lejeområde, revideret' })).toBeVisible();
  await expect.poll(async () => (await counters(page)).newPaths).toBe(1);
  expect((await counters(page)).arcs).toBe(0);
});
