import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const root = path.join(import.meta.dirname, '../../..');
// Synthetic (scripts/build-sample-measurements.ts): the model plus UMa +4 dB, RMa −3 dB, σ = 6 dB.
const DRIVE = path.join(root, 'data/samples/langeland-drive-test-synthetic.csv');

async function openCalibration(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Kalibrering' }).click();
  const panel = page.getByRole('complementary', { name: 'Kalibrering' });
  await expect(panel).toBeVisible();
  return panel;
}

async function importCsv(page: Page, panel: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Importér målinger (CSV)…' }).click();
  await (await chooser).setFiles(file);
}

/** "+4,2 dB (UMa, n = 524)" → 4.2 */
function offsetOf(text: string, model: string): number {
  const match = new RegExp(`([+−±])(\\d+,\\d) dB \\(${model}, n = [\\d.]+\\)`).exec(text);
  if (!match) throw new Error(`no ${model} offset in "${text}"`);
  return (match[1] === '−' ? -1 : 1) * Number((match[2] as string).replace(',', '.'));
}

test('import measurements, see n, mean and RMSE with charts, fit and store in one click, see it in coverage, undo', async ({
  app: page,
}) => {
  // A coverage result first: storing a calibration must mark it stale (the cells' power changes).
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const coverage = page.getByRole('complementary', { name: 'Dækning' });
  await expect(coverage.getByText('Kalibrering:')).toBeVisible();
  await expect(coverage.getByText('ingen', { exact: true })).toBeVisible();
  await coverage.getByRole('button', { name: 'Beregn dækning' }).click();
  await expect(coverage.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });

  const panel = await openCalibration(page);
  await expect(panel.getByText('Projektet er ikke kalibreret.')).toBeVisible();
  await importCsv(page, panel, {
    name: 'langeland-drive-test-synthetic.csv',
    mimeType: 'text/csv',
    buffer: await readFile(DRIVE),
  });

  const models = panel.getByRole('table', { name: 'Afvigelse pr. model' });
  await expect(models).toBeVisible({ timeout: 30_000 });
  const all = models.getByRole('row', { name: /^Alle/ });
  await expect(all.getByRole('cell').nth(0)).toHaveText(/^2\.\d{3}$/); // n, Danish thousands separator
  await expect(all.getByRole('cell').nth(1)).toHaveText(/^-?\d+,\d$/); // mean error
  await expect(all.getByRole('cell').nth(3)).toHaveText(/^\d+,\d$/); // RMSE
  await expect(models.getByRole('row', { name: /^UMa/ })).toBeVisible();
  await expect(models.getByRole('row', { name: /^RMa/ })).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Afvigelse pr. celle' }).getByRole('row')).toHaveCount(6);
  await expect(panel.getByRole('table', { name: 'Afvigelse pr. afstand' }).getByRole('row')).toHaveCount(7);
  await expect(panel.getByText(/^Ikke sammenlignet: \d+/)).toBeVisible();
  await expect(panel.getByRole('img', { name: 'Beregnet mod målt RSRP' })).toBeVisible();
  await expect(panel.getByRole('img', { name: 'Fordeling af afvigelsen målt − beregnet' })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /Tilpas også en hældning/ })).not.toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/calibration.png' });

  await panel.getByRole('button', { name: 'Tilpas og gem kalibrering' }).click();
  const stored = panel.getByText(/^Kalibreret: /);
  await expect(stored).toBeVisible();
  const line = (await stored.textContent()) ?? '';
  expect(Math.abs(offsetOf(line, 'UMa') - 4)).toBeLessThan(0.5);
  expect(Math.abs(offsetOf(line, 'RMa') - -3)).toBeLessThan(0.5);
  await expect(panel.getByRole('row', { name: /^Alle, med gemt kalibrering/ })).toBeVisible();

  // The coverage panel shows the calibration, and the earlier result is now stale.
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  await expect(coverage.getByText(line)).toBeVisible();
  await expect(coverage.getByText('Forældet').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/calibration-coverage.png' });

  // Undo takes the whole fit back in one step; redo restores it.
  await page.keyboard.press('Control+Z');
  await expect(coverage.getByText('ingen', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(coverage.getByText(line)).toBeVisible();

  // Fitted without terrain: a different LOS model is called out beside the line.
  await coverage.getByLabel('LOS-model').selectOption('nlos');
  await expect(
    coverage.getByText(
      /Kalibreringen er tilpasset med LOS-sandsynlighed \(dB-middel\), men dækningen bruger nu NLOS overalt/,
    ),
  ).toBeVisible();

  const reopened = await openCalibration(page);
  await reopened.getByRole('button', { name: 'Ryd kalibrering' }).click();
  await expect(reopened.getByText('Projektet er ikke kalibreret.')).toBeVisible();
});

test('a file with bad rows lists them by line and is used only when the user chooses the good rows', async ({
  app: page,
}) => {
  const lines = (await readFile(DRIVE, 'utf8')).split('\n').slice(0, 400);
  lines[3] = (lines[3] as string).replace(/;-\d+,\d;/, ';høj;');
  lines[7] = (lines[7] as string).replace(/;-(\d+),(\d);/, ';$1,$2;');
  const panel = await openCalibration(page);
  await importCsv(page, panel, { name: 'kørsel.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(panel.getByRole('alert')).toContainText('2 ugyldige rækker i kørsel.csv (397 gyldige)');
  const list = panel.getByRole('list', { name: 'Ugyldige rækker' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toHaveText('kørsel.csv: rsrp_dbm (linje 4): "høj" er ikke et tal.');
  await expect(list.getByRole('listitem').nth(1)).toContainText('(linje 8)');
  await expect(list.getByRole('listitem').nth(1)).toContainText('mangler minustegnet?');
  await expect(panel.getByRole('table', { name: 'Afvigelse pr. model' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Brug de 397 gyldige rækker' }).click();
  await expect(panel.getByText('2 ugyldige rækker er sprunget over.')).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Afvigelse pr. model' })).toBeVisible();

  // A file without an RSRP column is refused as a whole, with the line named.
  await importCsv(page, panel, {
    name: 'uden.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('lat;lon;x\n54,9;10,7;1\n'),
  });
  await expect(panel.getByRole('alert')).toContainText('uden.csv (linje 1): Kolonner mangler: RSRP.');
});

test('the panel fits at 1280×800 and 1920×1080', async ({ app: page }) => {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    const panel = page.getByRole('complementary', { name: 'Kalibrering' });
    if (!(await panel.isVisible())) await openCalibration(page);
    if ((await panel.getByRole('table', { name: 'Afvigelse pr. model' }).count()) === 0)
      await importCsv(page, panel, { name: 'drive.csv', mimeType: 'text/csv', buffer: await readFile(DRIVE) });
    await expect(panel.getByRole('table', { name: 'Afvigelse pr. model' })).toBeVisible({ timeout: 30_000 });
    // The panel stays inside the window and scrolls inside itself.
    const box = await panel.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    expect(box && box.y + box.height).toBeLessThanOrEqual(height);
    await panel.getByRole('button', { name: 'Tilpas og gem kalibrering' }).scrollIntoViewIfNeeded();
    await expect(panel.getByRole('button', { name: 'Tilpas og gem kalibrering' })).toBeInViewport();
    // Tables and the scatter plot in view (the README screenshot is the 1280 × 800 one).
    await panel.getByRole('table', { name: 'Afvigelse pr. model' }).scrollIntoViewIfNeeded();
    await panel.getByRole('img', { name: 'Beregnet mod målt RSRP' }).scrollIntoViewIfNeeded();
    await expect(panel.getByRole('img', { name: 'Beregnet mod målt RSRP' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screenshots/calibration-${width}x${height}.png` });
  }
});
