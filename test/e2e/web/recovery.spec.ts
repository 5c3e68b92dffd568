import { expect, siteList, test } from './fixtures';

test('unsaved work is autosaved and offered for recovery after a reload', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Tranekær Skole' }).click();
  await page.getByLabel('Navn').fill('Tranekær Slot');
  await page.getByLabel('Navn').press('Enter');
  await expect(page.getByText(/^Autogemt \d\d:\d\d:\d\d$/)).toBeVisible();

  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Gendan ikke-gemt arbejde' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Gendan ikke-gemt arbejde fra \d\d\.\d\d\.\d{4} \d\d:\d\d\?/);
  // Behind the dialog the sample is open, unchanged.
  await expect(siteList(page).getByRole('button', { name: 'Tranekær Skole' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Gendan' }).click();
  await expect(dialog).toBeHidden();
  await expect(siteList(page).getByRole('button', { name: 'Tranekær Slot' })).toBeVisible();
  await expect(page.getByText('● Ikke gemt')).toBeVisible();

  // Discarding removes the copy: the next start shows no dialog.
  await page.reload();
  await page.getByRole('dialog', { name: 'Gendan ikke-gemt arbejde' }).getByRole('button', { name: 'Kassér' }).click();
  await page.reload();
  await expect(siteList(page).getByRole('button', { name: 'Tranekær Skole' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
