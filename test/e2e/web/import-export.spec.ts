import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, mapRegion, SAMPLE_SITES, siteList, test } from './fixtures';

const IO_FIXTURES = path.resolve('test/fixtures/io');

/** A site list as Danish Excel saves it: semicolons, decimal commas, Windows-1252 with æøå. */
function excelCsv(rows: number): Buffer {
  const lines = ['Navn;Bredde;Længde;Antennehøjde;Type;Bemærkning'];
  for (let i = 0; i < rows; i++) {
    const lat = (54.75 + (i % 20) * 0.017).toFixed(4).replace('.', ',');
    const lon = (10.62 + Math.floor(i / 20) * 0.035).toFixed(4).replace('.', ',');
    lines.push(`Målepunkt ${i + 1} Ærø-Øst Å;${lat};${lon};${20 + (i % 10)};mast;Række ${i + 1}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

async function importViaMenu(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Importér/ }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
  return page.getByRole('dialog', { name: 'Importér data' });
}

async function dropFile(page: Page, filePath: string, mimeType: string) {
  const bytes = [...(await readFile(filePath))];
  const dataTransfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type }));
      return dt;
    },
    { name: path.basename(filePath), data: bytes, type: mimeType },
  );
  await mapRegion(page).dispatchEvent('dragenter', { dataTransfer });
  await mapRegion(page).dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Slip filen for at importere')).toBeVisible();
  await mapRegion(page).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Slip filen for at importere')).toBeHidden();
}

function count(dialog: ReturnType<Page['getByRole']>, label: string) {
  return dialog.getByRole('status', { name: label, exact: true });
}

test('a 200-site CSV from Danish Excel previews, imports as one step and undoes as one', async ({ app: page }) => {
  const dialog = await importViaMenu(page, { name: 'målepunkter.csv', mimeType: 'text/csv', buffer: excelCsv(200) });
  await expect(dialog).toBeVisible();
  await expect(count(dialog, 'Sites')).toHaveText('200');
  await expect(count(dialog, 'Format')).toHaveText('CSV');
  await expect(count(dialog, 'Koordinatsystem')).toHaveText('EPSG:4326');
  await expect(count(dialog, 'Tegnsæt')).toContainText('windows-1252');
  // The column mapping is pre-filled from the Danish headers.
  const bredde = dialog.getByLabel('Bredde', { exact: true });
  await expect(bredde.locator('option:checked')).toHaveText('Bredde');
  await expect(dialog.getByLabel('Længde', { exact: true }).locator('option:checked')).toHaveText('Længde');
  await expect(dialog.getByLabel('Antennehøjde', { exact: true }).locator('option:checked')).toHaveText('Antennehøjde');
  await expect(dialog.getByLabel('Noter', { exact: true }).locator('option:checked')).toHaveText('Bemærkning');
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png' });

  await dialog.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The list is virtualised: its heading and the rows' set size say how many there are.
  await expect(page.getByRole('heading', { name: 'Sites 209' })).toBeVisible();
  await expect(siteList(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '209');
  await expect(siteList(page).getByRole('button', { name: 'Målepunkt 17 Ærø-Øst Å' })).toBeVisible();
  await expect(page.getByRole('status').getByText('Importerede 200 objekter fra målepunkter.csv')).toBeVisible();

  await page.keyboard.press('Control+Z');
  await expect(siteList(page).getByRole('button')).toHaveCount(9);
  await expect(siteList(page).getByRole('button')).toHaveText(SAMPLE_SITES);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('heading', { name: 'Sites 209' })).toBeVisible();
});

test('a dropped GeoJSON municipality boundary imports as an area of interest', async ({ app: page }) => {
  await dropFile(page, path.join(IO_FIXTURES, 'langeland-kommune.geojson'), 'application/geo+json');
  const dialog = page.getByRole('dialog', { name: 'Importér data' });
  await expect(count(dialog, 'Områder')).toHaveText('1');
  await expect(count(dialog, 'Format')).toHaveText('GEOJSON');
  await expect(count(dialog, 'Udstrækning')).toHaveText('54,7200–55,1200° N, 10,6600–10,9700° Ø');
  const kind = dialog.getByLabel('Importér områder som');
  await kind.selectOption({ label: 'Lejeområde' });
  await kind.selectOption({ label: 'Interesseområde' });
  await page.screenshot({ path: 'test-results/screenshots/import-preview-geojson.png' });
  await dialog.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(dialog).toBeHidden();
  const interest = page.getByRole('list', { name: 'Interesseområder' });
  await expect(interest.getByRole('button', { name: 'Langeland Kommune' })).toBeVisible();
  await interest.getByRole('button', { name: 'Langeland Kommune' }).click();
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('interest');
  await page.keyboard.press('Control+Z');
  await expect(interest.getByRole('button', { name: 'Langeland Kommune' })).toHaveCount(0);
});

test('a truncated GeoJSON shows the problem, cannot be imported and changes nothing', async ({ app: page }) => {
  const title = await page.title();
  await dropFile(page, path.join(IO_FIXTURES, 'truncated.geojson'), 'application/geo+json');
  const dialog = page.getByRole('dialog', { name: 'Importér data' });
  await expect(dialog.getByRole('list', { name: 'Fejl' })).toContainText(
    'truncated.geojson: Filen er ikke gyldig JSON',
  );
  await expect(dialog).toContainText('Projektet er uændret');
  await expect(dialog.getByRole('button', { name: 'Importér', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveTitle(title);
  await expect(siteList(page).getByRole('button')).toHaveText(SAMPLE_SITES);
});

test('a CSV with one bad row imports the good rows, lists the skipped one and exports it for fixing (issue 13)', async ({
  app: page,
}) => {
  const csv = 'navn;bredde;længde;reserve_bredde\nA;54,90;10,70;54,90\nB;54,9x;10,80;55,00\n';
  const dialog = await importViaMenu(page, {
    name: 'sites-fejl.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'latin1'),
  });
  const skipped = dialog.getByRole('list', { name: 'Rækker, der springes over (1)' });
  await expect(skipped).toContainText('Linje 3');
  await expect(skipped).toContainText('"54,9x" er ikke et tal');
  await expect(count(dialog, 'Sites')).toHaveText('1');
  await page.screenshot({ path: 'test-results/screenshots/import-problems.png' });

  // The skipped row goes to a CSV with the file's own columns and a problem column, to fix and import again.
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Eksportér de sprungne rækker (CSV)…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('sites-fejl-sprungne.csv');
  const exported = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(exported[0]).toBe('navn;bredde;længde;reserve_bredde;problem');
  expect(exported[1]).toBe('B;54,9x;10,80;55,00;"bredde: ""54,9x"" er ikke et tal."');

  await dialog.getByRole('button', { name: 'Importér 1 gyldig række, spring 1 række over' }).click();
  await expect(dialog).toBeHidden();
  await expect(siteList(page).getByRole('button')).toHaveCount(SAMPLE_SITES.length + 1);
  await expect(siteList(page).getByRole('button', { name: 'A', exact: true })).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(siteList(page).getByRole('button')).toHaveText(SAMPLE_SITES);

  // Same file in English says "Line 3"; mapping another column fixes the row.
  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  const english = await (async () => {
    const chooserPromise = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+I');
    await (await chooserPromise).setFiles({ name: 'sites-fejl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    return page.getByRole('dialog', { name: 'Import data' });
  })();
  await expect(english.getByRole('list', { name: 'Rows that will be skipped (1)' })).toContainText('Line 3');
  await expect(english.getByRole('button', { name: 'Import 1 valid row, skip 1 row' })).toBeEnabled();
  await english.getByLabel('Latitude', { exact: true }).selectOption({ label: 'reserve_bredde' });
  await expect(english.getByRole('list', { name: /Rows that will be skipped/ })).toBeHidden();
  await expect(count(english, 'Sites')).toHaveText('2');
  await expect(english.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await english.getByRole('button', { name: 'Cancel' }).click();
  await expect(english).toBeHidden();
  await expect(siteList(page).getByRole('button')).toHaveText(SAMPLE_SITES);
});

async function exportAs(page: Page, format: RegExp) {
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await expect(dialog).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: format }).click();
  const download = await downloadPromise;
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('exports GeoJSON, KML, CSV and a PNG of the map view', async ({ app: page }) => {
  const sample = JSON.parse(await readFile('data/samples/langeland.frekvensplan', 'utf8')) as {
    sites: unknown[];
    areas: unknown[];
    corridors: unknown[];
  };
  const total = sample.sites.length + sample.areas.length + sample.corridors.length;

  const geojson = await exportAs(page, /^GeoJSON/);
  expect(geojson.name).toMatch(/\.geojson$/);
  const collection = JSON.parse(geojson.bytes.toString('utf8')) as { type: string; features: unknown[] };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features).toHaveLength(total);

  const kml = await exportAs(page, /^KML/);
  expect(kml.name).toMatch(/\.kml$/);
  const kmlText = kml.bytes.toString('utf8');
  expect(kmlText).toContain('<kml');
  expect(kmlText.match(/<Placemark[\s>]/g)).toHaveLength(total);

  const csv = await exportAs(page, /^CSV/);
  expect(csv.name).toMatch(/\.csv$/);
  const csvLines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(csvLines[0]).toContain('navn;type;bredde;længde');
  expect(csvLines).toHaveLength(sample.sites.length + 1);

  const png = await exportAs(page, /^PNG/);
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const box = await mapRegion(page).boundingBox();
  if (!box) throw new Error('map has no box');
  // IHDR: width and height are the big-endian words at bytes 16 and 20.
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(box.width));
  expect(png.bytes.readUInt32BE(20)).toBe(Math.round(box.height));
  await import('node:fs/promises').then((fs) => fs.writeFile('test-results/screenshots/export-map.png', png.bytes));
});
