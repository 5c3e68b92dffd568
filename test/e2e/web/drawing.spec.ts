import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, mapRegion, siteList, test } from './fixtures';

/** Clicks the map at a fraction of its width and height. */
async function clickMap(page: Page, fx: number, fy: number) {
  const box = await mapRegion(page).boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  // Leaflet would read two quick clicks as a double-click.
  await page.waitForTimeout(350);
}

function countIn(page: Page, heading: RegExp) {
  return page.getByRole('heading', { name: heading });
}

function km2(text: string | null): number {
  return Number((text ?? '').replace(' km²', '').replace(/\./g, '').replace(',', '.'));
}

test('add a site by clicking the map, then undo it', async ({ app: page }) => {
  const toolbar = page.getByRole('toolbar', { name: 'Tegneværktøjer' });
  const add = toolbar.getByRole('button', { name: 'Tilføj site' });
  await expect(add).toHaveAttribute('title', 'Tilføj site (S)');
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await clickMap(page, 0.3, 0.35);
  await expect(siteList(page).getByRole('button')).toHaveCount(10);
  await expect(page.getByLabel('Navn')).toHaveValue('Nyt site 1');
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await expect(mapRegion(page).getByTitle('Nyt site 1', { exact: true })).toBeVisible();

  // Escape cancels a tool without adding anything; S is its shortcut.
  await page.getByRole('region', { name: 'Kort' }).click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('s');
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(add).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('Control+Z');
  await expect(siteList(page).getByRole('button')).toHaveCount(9);
  await expect(mapRegion(page).getByTitle('Nyt site 1', { exact: true })).toHaveCount(0);
});

test('draw an area (closing on the first vertex), reject a self-crossing one, and undo', async ({ app: page }) => {
  const toolbar = page.getByRole('toolbar', { name: 'Tegneværktøjer' });
  await toolbar.getByLabel('Områdetype').selectOption({ label: 'Lejeområde' });
  await toolbar.getByRole('button', { name: 'Tegn område' }).click();
  await expect(toolbar.getByRole('status')).toContainText('dobbeltklik');
  await clickMap(page, 0.3, 0.3);
  await clickMap(page, 0.45, 0.3);
  await clickMap(page, 0.45, 0.5);
  await clickMap(page, 0.3, 0.5);
  await clickMap(page, 0.3, 0.3);
  await expect(countIn(page, /^Områder/)).toHaveText('Områder 4');
  await expect(page.getByLabel('Navn')).toHaveValue('Nyt område 1');
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('lease');
  const utm = km2(await page.getByRole('status', { name: 'Areal (EPSG:25832)' }).textContent());
  const ellipsoid = km2(await page.getByRole('status', { name: 'Areal (ellipsoide, GRS80)' }).textContent());
  expect(utm).toBeGreaterThan(0);
  // UTM grid area differs from the true area by the squared scale factor: well under 1 % here.
  expect(Math.abs(utm - ellipsoid) / ellipsoid).toBeLessThan(0.01);
  await expect(page.getByRole('status', { name: 'Omkreds' })).toHaveText(/km$/);

  // A bow tie is refused with a message and nothing is added.
  await toolbar.getByRole('button', { name: 'Tegn område' }).click();
  await clickMap(page, 0.55, 0.3);
  await clickMap(page, 0.7, 0.5);
  await clickMap(page, 0.7, 0.3);
  await clickMap(page, 0.55, 0.5);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Området krydser sig selv')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar.getByRole('button', { name: 'Tegn område' })).toHaveAttribute('aria-pressed', 'false');
  await expect(countIn(page, /^Områder/)).toHaveText('Områder 4');

  await page.keyboard.press('Control+Z');
  await expect(countIn(page, /^Områder/)).toHaveText('Områder 3');
});

test('draw a corridor with default width and altitude, edit it, and undo', async ({ app: page }) => {
  const toolbar = page.getByRole('toolbar', { name: 'Tegneværktøjer' });
  await toolbar.getByRole('button', { name: 'Tegn korridor' }).click();
  await clickMap(page, 0.25, 0.6);
  await clickMap(page, 0.4, 0.55);
  await clickMap(page, 0.55, 0.65);
  await page.keyboard.press('Enter');
  await expect(countIn(page, /^Dronekorridorer/)).toHaveText('Dronekorridorer 2');
  await expect(page.getByLabel('Navn')).toHaveValue('Ny korridor 1');
  await expect(page.getByLabel('Bredde (m)')).toHaveValue('200');
  await expect(page.getByLabel('Flyvehøjde (m)')).toHaveValue('100');
  await page.getByLabel('Bredde (m)').fill('350');
  await page.getByLabel('Bredde (m)').press('Enter');
  await page.getByLabel('Bredde (m)').blur();
  await page.keyboard.press('Control+Z');
  await expect(page.getByLabel('Bredde (m)')).toHaveValue('200');
  await page.keyboard.press('Control+Z');
  await expect(countIn(page, /^Dronekorridorer/)).toHaveText('Dronekorridorer 1');
});

test('the position field takes decimal, DMS and EPSG:25832 and explains bad input', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  const position = page.getByLabel('Position');
  await position.fill(`54°56'22"N 10°42'50"Ø`);
  await position.press('Enter');
  await expect(page.getByLabel('Breddegrad (WGS84)')).toHaveValue('54,939444');
  await expect(page.getByLabel('Længdegrad (WGS84)')).toHaveValue('10,713889');

  await position.fill('E 609408 N 6089412');
  await position.press('Enter');
  await expect(page.getByLabel('Breddegrad (WGS84)')).toHaveValue(/^54,93/);

  await position.fill('54,8 nord');
  await position.press('Enter');
  await expect(position).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('Skriv fx');
  await position.press('Escape');
  await expect(position).toHaveAttribute('aria-invalid', 'false');
  // Ctrl+Z inside a text field belongs to the field; undo the two moves from outside it.
  await position.blur();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(page.getByLabel('Breddegrad (WGS84)')).not.toHaveValue(/^54,93/);
});

test('a corner clicked on a site marker snaps to the site instead of selecting it', async ({ app: page }) => {
  // Selecting Humble Skole in the objects list centres the map on it (sample position 54.833 N, 10.709 E).
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Tegneværktøjer' });
  await toolbar.getByRole('button', { name: 'Tegn område' }).click();
  const box = await mapRegion(page).boundingBox();
  if (!box) throw new Error('map has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const corner = async (dx: number, dy: number) => {
    await page.mouse.click(cx + dx, cy + dy);
    await page.waitForTimeout(350);
  };
  await corner(-120, -90);
  await corner(120, -90);
  await corner(140, 80);
  // Three pixels off the marker's centre: on the marker, within the snap distance.
  await corner(3, 2);
  const finish = toolbar.getByRole('button', { name: 'Afslut (4)' });
  await expect(finish).toBeVisible();
  // The click did not select the site: the tool is still drawing.
  await expect(toolbar.getByRole('button', { name: 'Tegn område' })).toHaveAttribute('aria-pressed', 'true');
  // Backspace drops the last corner, clicking the marker again puts it back.
  await page.keyboard.press('Backspace');
  await expect(toolbar.getByRole('button', { name: 'Afslut (3)' })).toBeVisible();
  await corner(-2, 3);
  await corner(-150, 60);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Navn')).toHaveValue('Nyt område 1');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+E');
  await page
    .getByRole('dialog', { name: 'Eksportér' })
    .getByRole('button', { name: /^GeoJSON/ })
    .click();
  const path = await (await download).path();
  const collection = JSON.parse(await readFile(path, 'utf8')) as {
    features: { properties: { name: string }; geometry: { coordinates: number[][][] } }[];
  };
  const area = collection.features.find((f) => f.properties.name === 'Nyt område 1');
  const ring = area?.geometry.coordinates[0] ?? [];
  expect(ring).toHaveLength(6);
  expect(ring).toContainEqual([10.709, 54.833]);
});
