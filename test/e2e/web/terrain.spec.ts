import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeArrayBuffer } from 'geotiff';
import { expect, test } from './fixtures';

/**
 * A DHM-like folder "DHM_Terraen" of DTM tiles, 10 km × 10 km at 50 m in EPSG:25832 over the Langeland sample
 * (E 595–625 km, N 6 060–6 100 km), flat 5 m with a 60 m ridge 1 km east of the Rudkøbing fire station (inside its sectors' reach).
 */
function dhmFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'frekvensplan-dhm-'));
  const folder = join(root, 'DHM_Terraen');
  mkdirSync(folder);
  const res = 50;
  const size = 200;
  for (let e0 = 595_000; e0 < 625_000; e0 += 10_000)
    for (let n0 = 6_070_000; n0 <= 6_100_000; n0 += 10_000) {
      const values = new Float32Array(size * size);
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++) {
          const e = e0 + (c + 0.5) * res;
          values[r * size + c] = Math.abs(e - 611_000) < 100 ? 65 : 5;
        }
      const tiff = writeArrayBuffer(values, {
        width: size,
        height: size,
        ModelPixelScale: [res, res, 0],
        ModelTiepoint: [0, 0, 0, e0, n0, 0],
        GTModelTypeGeoKey: 1,
        GTRasterTypeGeoKey: 1,
        ProjectedCSTypeGeoKey: 25832,
      });
      writeFileSync(join(folder, `DTM_10km_${n0 / 1000}_${e0 / 1000}.tif`), Buffer.from(tiff));
    }
  return folder;
}

async function openCoverage(page: Page) {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await expect(panel).toBeVisible();
  return panel;
}

test('a folder of DHM tiles loads with progress and the coverage run uses it', async ({ app: page }) => {
  test.setTimeout(300_000);
  const folder = dhmFolder();
  try {
    const panel = await openCoverage(page);
    await expect(panel.getByText(/^Ingen: LOS-sandsynlighed efter TR 38\.901/)).toBeVisible();
    const plainShare = async () =>
      (await panel
        .getByRole('table', { name: 'Dækning pr. tærskel' })
        .getByRole('row', { name: /RSRP ≥ −110 dBm/ })
        .getByRole('cell')
        .first()
        .textContent()) ?? '';
    await panel.getByRole('button', { name: 'Beregn dækning' }).click();
    const bar = panel.getByRole('progressbar', { name: 'Fremdrift for dækningsberegning' });
    await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
    const before = await plainShare();

    // Record every value the loading progress bar shows (it may pass quickly on a fast machine).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { terrainProgress: string[] }).terrainProgress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Fremdrift for indlæsning af højdemodel"]');
        const value = bar?.getAttribute('aria-valuenow');
        if (value !== null && value !== undefined && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Indlæs mappe med fliser…' }).click();
    await (await chooser).setFiles(folder);

    const dialog = page.getByRole('dialog', { name: 'Terrænmodel: DHM_Terraen' });
    await expect(dialog.getByRole('heading', { name: 'DTM' })).toBeVisible({ timeout: 60_000 });
    await expect(dialog).toContainText('12 fliser');
    await expect(dialog).toContainText('Terrænmodel (DTM)');
    await expect(dialog).toContainText('50,00 m');
    await expect(dialog.getByLabel('Højderne er')).toHaveValue('auto');
    const progress = await page.evaluate(() => (window as unknown as { terrainProgress: string[] }).terrainProgress);
    expect(progress[0]).toBe('0');
    await page.screenshot({ path: 'test-results/screenshots/terrain-dialog.png' });
    await dialog.getByRole('button', { name: 'Brug som terrænmodel' }).click();
    await expect(dialog).toBeHidden();

    await expect(panel.getByText('DTM: DHM_Terraen, 12 filer à 50 m')).toBeVisible();
    await expect(panel.getByText(/^DTM \(bar jord\): TR 38\.901-modellen er grundlaget/)).toBeVisible();
    // The result is stale now: the terrain is part of the inputs. Run with it.
    await panel.getByRole('button', { name: 'Beregn dækning' }).click();
    await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 120_000 });
    await expect(panel.getByText('Terrænmodel: DTM, 12 fliser, 100,0 % af området dækket')).toBeVisible();
    // The ridge east of Rudkøbing shadows part of the area: less is covered than without the model.
    const after = await plainShare();
    const percent = (s: string) => Number(s.replace(/[^\d,]/g, '').replace(',', '.'));
    expect(percent(after)).toBeLessThan(percent(before));
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `test-results/screenshots/coverage-terrain-${size.width}.png` });
    }

    // Removing the model brings back the statistical line.
    await panel.getByRole('button', { name: 'Fjern DTM' }).click();
    await expect(panel.getByText(/^Ingen: LOS-sandsynlighed efter TR 38\.901/)).toBeVisible();
  } finally {
    rmSync(join(folder, '..'), { recursive: true, force: true });
  }
});

test('files that are no elevation model are refused in the dialog, the project and terrain unchanged', async ({
  app: page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'frekvensplan-dhm-bad-'));
  try {
    const folder = join(root, 'DHM_Overflade');
    mkdirSync(folder);
    writeFileSync(join(folder, 'DSM_1km_6089_610.tif'), 'not a tiff');
    const panel = await openCoverage(page);
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Indlæs mappe med fliser…' }).click();
    await (await chooser).setFiles(folder);
    const dialog = page.getByRole('dialog', { name: 'Terrænmodel: DHM_Overflade' });
    await expect(dialog).toContainText('Filen kan ikke bruges som terrænmodel:');
    await expect(dialog).toContainText('DHM_Overflade/DSM_1km_6089_610.tif');
    await expect(dialog.getByRole('button', { name: 'Brug som terrænmodel' })).toBeHidden();
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect(panel.getByText(/^Ingen: LOS-sandsynlighed efter TR 38\.901/)).toBeVisible();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
