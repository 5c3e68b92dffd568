import type { Page } from '@playwright/test';
import { writeArrayBuffer } from 'geotiff';
import { wgs84ToUtm32 } from '../../../core/geo/projection';
import { expect, mapRegion, test } from './fixtures';

/** Rudkøbing (Langeland Brandvæsen) and a target 4 km to the east-north-east. */
const TARGET = '54,9500 10,7750';

async function openLink(page: Page) {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Linkberegner' }).click();
  const panel = page.getByRole('complementary', { name: 'Linkberegner' });
  await expect(panel).toBeVisible();
  return panel;
}

/**
 * A 12 × 12 km Float32 DEM at 40 m in EPSG:25832 centred on Rudkøbing: gently rising ground with a 40 m ridge
 * running north–south 2 km east of the town, so a low link eastwards is blocked and a drone link clears it.
 */
function rudkobingDem(): Buffer {
  const [e0, n0] = wgs84ToUtm32([10.71, 54.94]);
  const res = 40;
  const size = 300;
  const originE = Math.round(e0 / res) * res - (size / 2) * res;
  const originN = Math.round(n0 / res) * res + (size / 2) * res;
  const values = new Float32Array(size * size);
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const e = originE + (col + 0.5) * res;
      const ridge = 40 * Math.exp(-(((e - (e0 + 2000)) / 300) ** 2));
      values[row * size + col] = 5 + col * 0.02 + ridge;
    }
  const buffer = writeArrayBuffer(values, {
    width: size,
    height: size,
    ModelPixelScale: [res, res, 0],
    ModelTiepoint: [0, 0, 0, originE, originN, 0],
    GTModelTypeGeoKey: 1,
    GTRasterTypeGeoKey: 1,
    ProjectedCSTypeGeoKey: 25832,
  });
  return Buffer.from(buffer);
}

test('a drone at 120 m gets path loss, RSRP and SINR margin', async ({ app: page }) => {
  const panel = await openLink(page);
  await panel.getByLabel('Celle').selectOption({ index: 0 });
  await expect(panel.getByLabel('Målhøjde over terræn (m)')).toHaveValue('120');
  await panel.getByLabel('Målposition').fill(TARGET);
  await panel.getByRole('button', { name: 'Sæt position' }).click();
  const budget = panel.getByRole('definition');
  await expect(panel.getByText('Vejtab')).toBeVisible();
  await expect(budget.nth(2)).toHaveText(/^\d{2,3},\d dB$/);
  await expect(budget.nth(5)).toHaveText(/^−\d{2,3},\d dBm$/);
  await expect(panel.getByText(/-AV \(3GPP TR 36\.777\)/)).toBeVisible();
  await expect(panel.getByText('Indlæs en terrænmodel (GeoTIFF) for at se terrænprofilen.')).toBeVisible();
});

test('a GeoTIFF terrain model enables the profile chart', async ({ app: page }) => {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Importér/ }).click();
  await (await chooserPromise).setFiles({ name: 'rudkobing-dtm.tif', mimeType: 'image/tiff', buffer: rudkobingDem() });
  const dialog = page.getByRole('dialog', { name: 'Terrænmodel: rudkobing-dtm.tif' });
  await expect(dialog).toContainText('300 × 300 px');
  await expect(dialog).toContainText('EPSG:25832');
  await expect(dialog).toContainText('40,00 m');
  await dialog.getByRole('button', { name: 'Brug som terrænmodel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Terrænmodel indlæst: rudkobing-dtm.tif')).toBeVisible();

  const panel = await openLink(page);
  await panel.getByLabel('Målhøjde over terræn (m)').fill('1,5');
  await panel.getByLabel('Målhøjde over terræn (m)').press('Enter');
  await panel.getByLabel('Målposition').fill(TARGET);
  await panel.getByRole('button', { name: 'Sæt position' }).click();
  const chart = panel.getByRole('img', { name: /^Terrænprofil fra .+ til målet, \d+,\d\d km$/ });
  await expect(chart).toBeVisible();
  await expect(panel.getByText('Sigtelinjen er blokeret af terrænet')).toBeVisible();
  await expect(panel.getByText(/^Diffraktionstab/)).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/link-profile.png' });

  // The drone clears the ridge.
  await panel.getByRole('button', { name: 'Drone 120 m' }).click();
  await expect(panel.getByText('Frit sigt')).toBeVisible();
});

test('a dropped .tif that is no GeoTIFF shows the problem and cannot be used', async ({ app: page }) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])], 'ødelagt.tif', { type: 'image/tiff' }));
    return dt;
  });
  await mapRegion(page).dispatchEvent('dragenter', { dataTransfer });
  await mapRegion(page).dispatchEvent('dragover', { dataTransfer });
  await mapRegion(page).dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Terrænmodel: ødelagt.tif' });
  await expect(dialog).toContainText('Filen kan ikke bruges som terrænmodel:');
  await expect(dialog).toContainText('ødelagt.tif');
  await expect(dialog.getByRole('button', { name: 'Brug som terrænmodel' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog).toBeHidden();
});
