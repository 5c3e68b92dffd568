import type { Page } from '@playwright/test';
import { expect, mapRegion, test } from './fixtures';
import { countOverGround, parseRgb, plainTilePng, screenshotBase64, type Box } from './pixels';

/** Colour of the offline basemap's Danish land (renderer/map/styles.ts LAND_STYLE.home). */
const LAND_RGB = [245, 242, 233];
/** Colour of the plain tile served for the online basemaps (a land-like beige no legend class uses). */
const TILE_RGB = [214, 200, 170];

async function openCoverageAndRun(page: Page) {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  const legend = page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' });
  await expect(legend).toBeVisible();
  // Full opacity, so covered pixels carry the legend colours exactly.
  await legend.getByLabel('Opacitet').focus();
  await page.keyboard.press('End');
  return legend;
}

/** The legend's class colours as shown in its swatches. */
async function legendColours(page: Page): Promise<number[][]> {
  const legend = page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' });
  const swatches = legend.getByRole('listitem');
  const count = await swatches.count();
  const colours: number[][] = [];
  for (let i = 0; i < count; i++) {
    const css = await swatches
      .nth(i)
      .evaluate((li) => getComputedStyle(li.querySelector('span') as Element).background);
    colours.push(parseRgb(css));
  }
  return colours;
}

async function setLayer(page: Page, name: string, on: boolean) {
  const box = page.getByRole('checkbox', { name, exact: true });
  if (on) await box.check();
  else await box.uncheck();
}

/** The map region as a base64 PNG, once the layers have settled. */
async function mapShot(page: Page): Promise<string> {
  await page.waitForTimeout(300);
  return screenshotBase64(mapRegion(page));
}

/** The legend's box in map pixels: its own swatches carry the legend colours and must not count. */
async function legendBox(page: Page): Promise<Box | null> {
  const map = await mapRegion(page).boundingBox();
  const legend = await page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' }).boundingBox();
  return map && legend ? { ...legend, x: legend.x - map.x, y: legend.y - map.y } : null;
}

async function checkOverlaysAboveGround(page: Page, ground: number[], label: string) {
  const colours = await legendColours(page);
  expect(colours.length).toBeGreaterThanOrEqual(4);
  // RSRP raster alone (gaps and contours off) against the bare basemap.
  await setLayer(page, 'Dækningshuller', false);
  await setLayer(page, 'Dækningskonturer', false);
  await setLayer(page, 'Dækning (RSRP)', false);
  const bare = await mapShot(page);
  await setLayer(page, 'Dækning (RSRP)', true);
  const rsrp = await mapShot(page);
  const skip = await legendBox(page);
  const perClass = await countOverGround(page, { bare, layer: rsrp, ground, match: { colours, tol: 3 }, skip });
  const total = perClass.reduce((a, b) => a + b, 0);
  expect(total, `${label}: ground pixels inside the covered area showing a legend colour`).toBeGreaterThan(2000);
  expect(perClass.filter((n) => n > 50).length, `${label}: legend classes seen over ground`).toBeGreaterThanOrEqual(2);

  // Gaps (red hatch) over the ground.
  await setLayer(page, 'Dækning (RSRP)', false);
  await setLayer(page, 'Dækningshuller', true);
  const gaps = await mapShot(page);
  const [reddish] = await countOverGround(page, {
    bare,
    layer: gaps,
    ground,
    match: 'reddish',
    skip: await legendBox(page),
  });
  expect(reddish, `${label}: ground pixels inside the gaps drawn red`).toBeGreaterThan(500);
  await setLayer(page, 'Dækning (RSRP)', true);
  await setLayer(page, 'Dækningskonturer', true);
}

test('coverage and gaps draw above the land on the offline, OSM and skærmkort basemaps', async ({ app: page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const tile = await plainTilePng(page, `rgb(${TILE_RGB.join(',')})`);
  const served = { osm: 0, skaermkort: 0 };
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    served.osm++;
    return route.fulfill({ contentType: 'image/png', body: tile });
  });
  await page.route('https://api.dataforsyningen.dk/topo_skaermkort_wmts_DAF**', (route) => {
    served.skaermkort++;
    return route.fulfill({ contentType: 'image/png', body: tile });
  });
  await openCoverageAndRun(page);
  // Objects would tint the colours: only the coverage layers and the basemap stay on.
  for (const name of ['Sites', 'Områder', 'Dronekorridorer']) await setLayer(page, name, false);

  await checkOverlaysAboveGround(page, LAND_RGB, 'offline land');

  const switcher = page.getByRole('button', { name: /^Baggrundskort:/ });
  await switcher.click();
  await page.getByRole('radio', { name: 'OpenStreetMap (online)' }).check();
  await expect.poll(() => served.osm).toBeGreaterThan(3);
  await checkOverlaysAboveGround(page, TILE_RGB, 'OpenStreetMap');

  await page.getByRole('button', { name: /^Dataforsyningen-token/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataforsyningen-token' });
  await dialog.getByLabel('Token', { exact: true }).fill('test-token');
  await dialog.getByRole('button', { name: 'Brug token' }).click();
  await page.getByRole('radio', { name: 'Skærmkort, Dataforsyningen (online)' }).check();
  await expect.poll(() => served.skaermkort).toBeGreaterThan(3);
  await checkOverlaysAboveGround(page, TILE_RGB, 'skærmkort');
});
