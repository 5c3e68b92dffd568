import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, siteList, test } from './fixtures';

async function openCoverage(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await expect(panel).toBeVisible();
  return panel;
}

/** Presses "Beregn dækning" and waits until the progress bar is full. */
async function run(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  const bar = panel.getByRole('progressbar', { name: 'Fremdrift for dækningsberegning' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(panel.getByRole('button', { name: 'Beregn dækning' })).toBeEnabled();
}

test('one button gives coverage with legend, statistics and gaps; an edit marks it stale', async ({ app: page }) => {
  const panel = await openCoverage(page);
  await run(panel);

  const legend = page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('−100 … −90 · god (tærskel)');
  await expect(legend).toContainText('−110 … −100 · kant (tærskel)');
  await expect(legend).toContainText('Dækningshul (under −110 dBm)');
  await expect(legend.getByLabel('Opacitet')).toBeVisible();

  const shares = panel.getByRole('table', { name: 'Dækning pr. tærskel' });
  const edgeRow = shares.getByRole('row', { name: /RSRP ≥ −110 dBm/ });
  await expect(edgeRow.getByRole('cell').first()).toHaveText(/^\d{1,3},\d %$/);
  await expect(panel.getByRole('table', { name: 'Betjent areal pr. celle' }).getByRole('row')).toHaveCount(7);
  await expect(panel.getByRole('heading', { name: /^Sites uden dækning/ })).toBeVisible();
  await expect(panel.getByText(/dækket i 100 m; svageste RSRP/)).toBeVisible();

  // The gap layer is on the map, with its checkbox in the Layers section.
  await expect(page.getByRole('checkbox', { name: 'Dækningshuller' })).toBeChecked();
  await expect(page.locator('.leaflet-pane path.coverage-gap').first()).toBeAttached();
  await expect(page.locator('.leaflet-pane .coverage-raster')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/coverage.png' });

  // Best-server layer toggles on and off.
  await page.getByRole('checkbox', { name: 'Bedste server' }).check();
  await expect(page.locator('.leaflet-pane .coverage-raster')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Bedste server' }).uncheck();

  // Raising a site's antenna makes the result stale.
  await panel.getByRole('button', { name: 'Luk' }).click();
  await siteList(page).getByRole('button', { name: 'Langeland Brandvæsen, Rudkøbing' }).click();
  await page.getByLabel('Antennehøjde (m)').fill('36');
  await page.getByLabel('Antennehøjde (m)').press('Enter');
  await expect(legend.getByText('Forældet')).toBeVisible();
  const reopened = await openCoverage(page);
  await expect(reopened.getByText('Forældet')).toBeVisible();
  await expect(reopened.getByRole('button', { name: 'Beregn igen' })).toBeVisible();

  // Undo brings back the cached, fresh result without a new run.
  await page.keyboard.press('Control+Z');
  await expect(reopened.getByText('Forældet')).toBeHidden();
});

test('a fine-resolution run can be cancelled', async ({ app: page }) => {
  const panel = await openCoverage(page);
  const resolution = panel.getByLabel('Opløsning (m)');
  await resolution.fill('5');
  await resolution.press('Enter');
  await expect(panel.getByText(/à 5 m$/)).toBeVisible();
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  const bar = panel.getByRole('progressbar', { name: 'Fremdrift for dækningsberegning' });
  await expect(bar).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Beregn dækning' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByText('Dækningsberegningen blev annulleret.')).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Beregn dækning' })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' })).toBeHidden();
});

test('the raster exports as a GeoTIFF and the polygons as GeoJSON', async ({ app: page }) => {
  const panel = await openCoverage(page);
  await run(panel);
  const tiffDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Eksportér raster (GeoTIFF)' }).click();
  const tiff = await tiffDownload;
  expect(tiff.suggestedFilename()).toMatch(/-rsrp-25m\.tif$/);
  const bytes = await readFile(await tiff.path());
  const magic = bytes.subarray(0, 4).toString('latin1');
  expect(['II*\0', 'MM\0*']).toContain(magic);

  const jsonDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Eksportér dækningspolygoner (GeoJSON)' }).click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as {
    features: { properties: { kind: string } }[];
  };
  expect(json.features.map((f) => f.properties.kind)).toContain('gap');
  expect(json.features.map((f) => f.properties.kind)).toContain('coverage');
});

test('the UE noise figure is a project setting with its source; a change marks the result stale and undoes', async ({
  app: page,
}) => {
  const panel = await openCoverage(page);
  const nf = panel.getByLabel('Støjtal, UE (dB)');
  await expect(nf).toHaveValue('7');
  await expect(panel.getByText(/^Kilde: standard: typisk UE-støjtal .*ikke verificeret/)).toBeVisible();
  await run(panel);

  await nf.fill('9');
  await nf.press('Enter');
  await expect(panel.getByText('Forældet')).toBeVisible();
  await expect(panel.getByText(/^Kilde: angivet i projektet/)).toBeVisible();
  const note = panel.getByLabel('Kilde til støjtal');
  await note.fill('UE-datablad');
  await note.press('Tab');
  await expect(panel.getByText('Kilde: angivet i projektet: UE-datablad')).toBeVisible();

  // Two undo steps (note, value) bring back the default and its cached result.
  await panel.getByRole('heading', { name: 'Dækning', exact: true }).click();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(nf).toHaveValue('7');
  await expect(panel.getByText(/^Kilde: standard/)).toBeVisible();
  await expect(panel.getByText('Forældet')).toBeHidden();
});
