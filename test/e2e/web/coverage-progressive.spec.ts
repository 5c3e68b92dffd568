import { expect, test } from './fixtures';

const seconds = (text: string) => Number(text.replace(',', '.'));

test('a coverage run shows a coarse picture first, refines it, and says how long each step took', async ({
  app: page,
}) => {
  test.setTimeout(180_000);
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  const resolution = panel.getByLabel('Opløsning (m)');
  await resolution.fill('5');
  await resolution.press('Enter');
  await expect(panel.getByText(/à 5 m$/)).toBeVisible();
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();

  // While it runs: pixels on the map, marked preliminary, and the time it took to show them.
  const bar = panel.getByRole('progressbar', { name: 'Fremdrift for dækningsberegning' });
  const status = panel.getByRole('status');
  await expect(status).toHaveText(/Første billede efter \d+,\d s – forfines …$/, { timeout: 60_000 });
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await expect(page.locator('.leaflet-pane .coverage-raster')).toHaveCount(1);
  const legend = page.getByRole('region', { name: /^Signaldækning RSRP \(dBm\)/ });
  await expect(legend.getByText('Foreløbig')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/coverage-preliminary.png' });

  // Done: the preliminary mark goes, and the status line gives first picture ≤ full map ≤ done.
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 150_000 });
  await expect(legend.getByText('Foreløbig')).toBeHidden();
  const done = /^Første billede efter (\d+,\d) s · fuldt kort efter (\d+,\d) s · færdig efter (\d+,\d) s$/;
  await expect(status).toHaveText(done);
  const [, first, full, total] = ((await status.textContent()) ?? '').match(done) ?? [];
  expect(seconds(first ?? 'NaN')).toBeLessThanOrEqual(seconds(full ?? 'NaN'));
  expect(seconds(full ?? 'NaN')).toBeLessThanOrEqual(seconds(total ?? 'NaN'));
  await expect(page.locator('.leaflet-pane .coverage-raster')).toHaveCount(1);
});
