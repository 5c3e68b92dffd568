import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SAMPLE_SITES, siteList, test } from './fixtures';

const FIXTURES = path.resolve('test/fixtures/projects');

async function saveByShortcut(page: Page): Promise<{ name: string; text: string }> {
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const download = await downloadPromise;
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

async function openFromMenu(page: Page, file: string, confirmDiscard: boolean): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Åbn/ }).click();
  if (confirmDiscard) {
    await expect(page.getByRole('dialog', { name: 'Ikke-gemte ændringer' })).toBeVisible();
    await page.getByRole('button', { name: 'Gem ikke' }).click();
  }
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
}

test('save and reopen round-trips the document', async ({ app: page }, testInfo) => {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await page.getByLabel('Navn').fill('Humble Skole (ny mast)');
  await page.getByLabel('Antennehøjde (m)').fill('42,5');
  await page.getByLabel('Antennehøjde (m)').press('Enter');
  await page.getByLabel('Breddegrad (WGS84)').fill('54,84');
  await page.getByLabel('Breddegrad (WGS84)').press('Enter');
  await page.getByLabel('Breddegrad (WGS84)').blur();
  await expect(page.getByText('● Ikke gemt')).toBeVisible();

  const saved = await saveByShortcut(page);
  expect(saved.name).toMatch(/\.frekvensplan$/);
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  const doc = JSON.parse(saved.text) as { sites: { name: string; lat: number; antennaHeightM: number }[] };
  const humble = doc.sites.find((s) => s.name === 'Humble Skole (ny mast)');
  expect(humble).toMatchObject({ lat: 54.84, antennaHeightM: 42.5 });
  expect(doc.sites).toHaveLength(9);
  const savedPath = testInfo.outputPath(saved.name);
  await import('node:fs/promises').then((fs) => fs.writeFile(savedPath, saved.text));

  // Change something, then open the saved file over it.
  await siteList(page).getByRole('button', { name: 'Lohals Havn' }).click();
  await page.getByLabel('Navn').fill('Lohals Færgehavn');
  await page.getByLabel('Navn').press('Enter');
  await page.getByLabel('Navn').blur();
  await expect(siteList(page).getByRole('button', { name: 'Lohals Færgehavn' })).toBeVisible();
  await openFromMenu(page, savedPath, true);

  await expect(page.getByRole('status').getByText(`Åbnede ${saved.name}`)).toBeVisible();
  const expectedNames = SAMPLE_SITES.map((n) => (n === 'Humble Skole' ? 'Humble Skole (ny mast)' : n));
  await expect(siteList(page).getByRole('button')).toHaveText(expectedNames);
  await siteList(page).getByRole('button', { name: 'Humble Skole (ny mast)' }).click();
  await expect(page.getByLabel('Breddegrad (WGS84)')).toHaveValue('54,84');
  await expect(page.getByLabel('Antennehøjde (m)')).toHaveValue('42,5');
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Rediger' })).toBeVisible();

  // Saving the reopened document writes exactly the same file.
  const again = await saveByShortcut(page);
  expect(again.name).toBe(saved.name);
  expect(again.text).toBe(saved.text);
});

for (const [file, message] of [
  ['truncated.frekvensplan', /ikke gyldig JSON/],
  ['newer-version.frekvensplan', /nyere Frekvensplan/],
] as const) {
  test(`a broken file (${file}) shows the problems and leaves the document untouched`, async ({ app: page }) => {
    const title = await page.title();
    await openFromMenu(page, path.join(FIXTURES, file), false);
    const dialog = page.getByRole('dialog', { name: 'Filen kunne ikke åbnes' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(message);
    await expect(dialog).toContainText(file);
    await expect(dialog).toContainText('Det åbne projekt er uændret');
    await page.screenshot({ path: `test-results/screenshots/problems-${file.split('.')[0]}.png` });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveTitle(title);
    await expect(siteList(page).getByRole('button')).toHaveText(SAMPLE_SITES);
    await expect(page.getByText('EKSEMPELDATA', { exact: true })).toBeVisible();
  });
}
