import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, siteList, test } from './fixtures';

/** Presses Tab until `target` has focus: proves it is reachable by keyboard (fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the main flow by keyboard only: typed site, typed area, coverage, wizard, PDF export', async ({ app: page }) => {
  test.setTimeout(360_000);
  await page.keyboard.press('Escape');
  // S starts "add site"; its position field has focus: type a position and press Enter.
  await page.keyboard.press('s');
  await expect(page.getByLabel('Sitets position')).toBeFocused();
  await page.keyboard.type('54,9395 10,7140');
  await page.keyboard.press('Enter');
  await expect(siteList(page).getByRole('button', { name: 'Nyt site 1' })).toBeVisible();
  await expect(page.getByLabel('Breddegrad (WGS84)')).toHaveValue('54,9395');

  // A starts "draw area": four corners typed in one line (EPSG:25832 and decimal mixed), Enter on the empty
  // field finishes.
  await page.keyboard.press('Escape');
  await page.locator('body').press('a');
  const point = page.getByLabel('Punkt (koordinat)');
  await expect(point).toBeFocused();
  await page.keyboard.type('54,90 10,68; 54,90 10,76; E 609408 N 6089412; 54,95 10,68');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Afslut (4)' })).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('button', { name: 'Afslut (3)' })).toBeVisible();
  await page.keyboard.type(`54°57'N 10°40'48"Ø`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Navn')).toHaveValue('Nyt område 1');

  // Planning → Coverage through the menu bar: Tab reaches it, arrows move, Enter opens.
  const fileMenu = page.getByRole('menuitem', { name: 'Filer' });
  await tabTo(page, fileMenu);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: 'Planlægning' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemcheckbox', { name: 'Panelet Dækning' })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  const run = panel.getByRole('button', { name: 'Beregn dækning' });
  await tabTo(page, run);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' })).toBeVisible({ timeout: 60_000 });

  // The wizard (Ctrl+Shift+R): to the export step, mark as draft (no CVR in the sample), export the PDF.
  await page.keyboard.press('Control+Shift+R');
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  await expect(wizard).toBeVisible();
  const exportStep = wizard.getByRole('navigation', { name: 'Trin' }).getByRole('button', { name: /Eksportér/ });
  await tabTo(page, exportStep);
  await page.keyboard.press('Enter');
  const draft = wizard.getByRole('checkbox', { name: 'Eksportér som udkast (UDKAST)' });
  await tabTo(page, draft);
  await page.keyboard.press('Space');
  await expect(draft).toBeChecked();
  const exportButton = wizard.getByRole('button', { name: 'Eksportér', exact: true });
  await tabTo(page, exportButton);
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile(await file.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
