import type { Locator, Page } from '@playwright/test';
import { expect, siteList, test } from './fixtures';

function cellGroups(page: Page): Locator {
  return page.getByRole('group', { name: /^Celle \d+$/ });
}

/** The "RSRP ≥ −110 dBm" share in the statistics table, in percent. */
async function edgeShare(panel: Locator): Promise<number> {
  const row = panel.getByRole('table', { name: 'Dækning pr. tærskel' }).getByRole('row', { name: /RSRP ≥ −110 dBm/ });
  const text = await row.getByRole('cell').first().textContent();
  const match = /^(\d{1,3},\d) %$/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no share in "${text}"`);
  return Number(match[1].replace(',', '.'));
}

async function run(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  const bar = panel.getByRole('progressbar', { name: 'Fremdrift for dækningsberegning' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(panel.getByRole('button', { name: 'Beregn dækning' })).toBeEnabled();
}

test('edit, add and validate cells with undo', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await expect(cellGroups(page)).toHaveCount(1);
  const first = page.getByRole('group', { name: 'Celle 1' });
  const eirp = first.getByLabel('EIRP (dBm/5 MHz)');
  await expect(first.getByLabel('Azimut (°)')).toHaveValue('');
  await expect(eirp).toHaveValue('60');
  await expect(first.getByText('Grænse: 68 dBm/5 MHz (ikke verificeret)')).toBeVisible();

  // One edit, saved in the document, undone by Ctrl+Z.
  await eirp.fill('55');
  await eirp.press('Enter');
  await eirp.blur();
  await expect(page.getByText('● Ikke gemt')).toBeVisible();
  await siteList(page).getByRole('button', { name: 'Bagenkop Havn' }).click();
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await expect(eirp).toHaveValue('55');
  await page.keyboard.press('Control+Z');
  await expect(eirp).toHaveValue('60');
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();

  // Out of range: the schema's message, aria-invalid, nothing committed.
  await eirp.fill('200');
  await eirp.press('Enter');
  await expect(eirp).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByRole('alert')).toHaveText('Må højst være 90.');
  await eirp.blur();
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await eirp.press('Escape');
  await expect(eirp).toHaveValue('60');
  await expect(eirp).toHaveAttribute('aria-invalid', 'false');

  // Add a sector cell, switch it to AAS: TRP replaces EIRP.
  await page.getByRole('button', { name: 'Tilføj celle' }).click();
  await expect(cellGroups(page)).toHaveCount(2);
  const second = page.getByRole('group', { name: 'Celle 2' });
  await expect(second.getByLabel('Azimut (°)')).toHaveValue('120');
  const aas = second.getByRole('checkbox', { name: /AAS/ });
  await aas.check();
  await expect(second.getByLabel('TRP (dBm/5 MHz)')).toHaveValue('47');
  await expect(second.getByLabel('EIRP (dBm/5 MHz)')).toHaveCount(0);
  await expect(second.getByText('Grænse: 47 dBm/5 MHz (ikke verificeret)')).toBeVisible();

  // Each step is one undo: AAS off, then the cell is gone. Ctrl+Z works with the checkbox still
  // focused (only text fields keep Ctrl+Z for their own text).
  await expect(aas).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expect(second.getByLabel('EIRP (dBm/5 MHz)')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(cellGroups(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Tilføj celle' }).click();
  await second.getByRole('button', { name: 'Slet celle 2' }).click();
  await expect(cellGroups(page)).toHaveCount(1);
});

test('indoor receivers get a lower covered share; heavy walls are refused for the RMa sites', async ({ app: page }) => {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await run(panel);
  const outdoor = await edgeShare(panel);

  await panel.getByLabel('Modtagere').selectOption({ label: 'Indendørs, let bygning' });
  await expect(panel.getByText('Forældet')).toBeVisible();
  await run(panel);
  await expect(panel.getByText('Forældet')).toBeHidden();
  const indoor = await edgeShare(panel);
  expect(indoor).toBeLessThan(outdoor);

  // TR 38.901 defines only the low-loss building for RMa: the sample's rural sites refuse the heavy one.
  await panel.getByLabel('Modtagere').selectOption({ label: 'Indendørs, tung bygning' });
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('Dækningen kan ikke beregnes med disse indstillinger');
  await expect(refusal).toContainText('Humble Skole: TR 38.901 §7.4.3.1 bruger kun lavtabsmodellen');
  await expect(panel.getByRole('button', { name: 'Beregn dækning' })).toBeDisabled();

  // Back outdoors: the cached result is current again.
  await panel.getByLabel('Modtagere').selectOption({ label: 'Udendørs' });
  await expect(panel.getByText('Forældet')).toBeHidden();
  expect(await edgeShare(panel)).toBe(outdoor);
});
