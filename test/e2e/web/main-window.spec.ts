import { expect, mapRegion, SAMPLE_SITES, siteList, test } from './fixtures';

test('opens with the sample project on the offline basemap', async ({ app: page }) => {
  await expect(page.getByText('EKSEMPELDATA', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/Langeland Kommune – privat 5G \(eksempel\) — Frekvensplan/);
  const buttons = siteList(page).getByRole('button');
  await expect(buttons).toHaveCount(9);
  await expect(buttons).toHaveText(SAMPLE_SITES);
  for (const name of SAMPLE_SITES) await expect(mapRegion(page).getByTitle(name, { exact: true })).toBeVisible();
  // The offline land basemap has loaded (its attribution is shown once the layer is on the map).
  await expect(mapRegion(page).getByText(/land polygons via @geo-maps/)).toBeVisible();
  await expect(page.getByRole('menubar')).toBeVisible();
  await expect(page.getByText('Zoom 10')).toBeVisible();

  // The status bar follows the pointer in EPSG:25832 and WGS84 (Danish formatting).
  const box = await mapRegion(page).boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.6);
  await expect(page.getByText(/^EPSG:25832 E \d{3}\.\d{3} N 6\.\d{3}\.\d{3}$/)).toBeVisible();
  await expect(page.getByText(/^WGS84 54,\d{5}° N 10,\d{5}° Ø$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/main-window.png' });

  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  await expect(page.getByText('SAMPLE DATA', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Objects' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'File' })).toBeVisible();
  await siteList(page).getByRole('button', { name: 'Bagenkop Havn' }).click();
  await expect(page.getByLabel('Antenna height (m)')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/main-window-en.png' });
});

test('language switch relabels the UI and areas use the Danish number format', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Sydlangeland – dækningshuller' }).click();
  const area = page.getByRole('status', { name: 'Areal (EPSG:25832)' });
  await expect(area).toHaveText(/^\d{1,3}(\.\d{3})*,\d{2} km²$/);
  const danish = await area.textContent();

  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  await expect(
    page.getByRole('group', { name: 'Language (sprog)' }).getByRole('button', { name: 'EN' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Name')).toHaveValue('Sydlangeland – dækningshuller');
  const english = page.getByRole('status', { name: 'Area (EPSG:25832)' });
  await expect(english).toHaveText(/^\d{1,3}(,\d{3})*\.\d{2} km²$/);
  expect((await english.textContent())?.replace(/,/g, '').replace('.', ',')).toBe(danish?.replace(/\./g, ''));
  await expect(page.getByRole('heading', { name: 'Objects' })).toBeVisible();

  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Objects' })).toBeVisible();
});
