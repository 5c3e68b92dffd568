import type { Page } from '@playwright/test';
import { expect, siteList, test } from './fixtures';

async function makeDirty(page: Page): Promise<void> {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await page.getByLabel('Navn').fill('Humble Skole (ændret)');
  await page.getByLabel('Navn').press('Enter');
  await expect(page.getByText('● Ikke gemt')).toBeVisible();
}

async function askForNew(page: Page) {
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Ny\b/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ikke-gemte ændringer' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('unsaved changes: Save, Don’t Save, Cancel in the Windows/Linux order; Save saves, then continues (issue 13)', async ({
  app: page,
}) => {
  await makeDirty(page);
  const dialog = await askForNew(page);
  await expect(dialog.getByRole('button')).toHaveText(['Gem', 'Gem ikke', 'Annuller']);
  await expect(dialog.getByRole('button', { name: 'Gem', exact: true })).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/unsaved-changes.png' });

  // Cancel keeps the document as it is.
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await expect(siteList(page).getByRole('button', { name: 'Humble Skole (ændret)' })).toBeVisible();

  // Save writes the real file (a download without the File System Access API), then the new project opens.
  const again = await askForNew(page);
  const downloadPromise = page.waitForEvent('download');
  await again.getByRole('button', { name: 'Gem', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.frekvensplan$/);
  await expect(again).toBeHidden();
  await expect(siteList(page).getByRole('button')).toHaveCount(0);
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
});

test('unsaved changes: a failed save reports the file and a fix and keeps the document (D2)', async ({ page }) => {
  // A file picker whose file refuses writes, as a read-only or locked file does.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.showSaveFilePicker = async () => ({
      name: 'låst.frekvensplan',
      createWritable: async () => {
        throw new DOMException('The file is locked', 'NoModificationAllowedError');
      },
      isSameEntry: async () => false,
    });
  });
  await page.goto('/');
  await expect(siteList(page).getByRole('button', { name: 'Humble Skole' })).toBeVisible();
  await makeDirty(page);
  const dialog = await askForNew(page);
  await dialog.getByRole('button', { name: 'Gem', exact: true }).click();
  const error = page.getByRole('dialog', { name: 'Projektet blev ikke gemt' });
  await expect(error).toBeVisible();
  await expect(error).toContainText('låst.frekvensplan er skrivebeskyttet eller låst af et andet program');
  await expect(error).toContainText('Brug Gem som');
  await error.getByRole('button', { name: 'Luk' }).click();
  // Nothing was replaced: the edited document is still open and still unsaved.
  await expect(siteList(page).getByRole('button', { name: 'Humble Skole (ændret)' })).toBeVisible();
  await expect(page.getByText('● Ikke gemt')).toBeVisible();
});

test('unsaved changes on macOS: Don’t Save at the left, Cancel, Save at the right and focused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => ({ platform: 'macOS' }) });
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
  await page.goto('/');
  await expect(siteList(page).getByRole('button', { name: 'Humble Skole' })).toBeVisible();
  await makeDirty(page);
  const dialog = await askForNew(page);
  await expect(dialog.getByRole('button')).toHaveText(['Gem ikke', 'Annuller', 'Gem']);
  await expect(dialog.getByRole('button', { name: 'Gem', exact: true })).toBeFocused();
  // Don't Save discards and continues.
  await dialog.getByRole('button', { name: 'Gem ikke' }).click();
  await expect(dialog).toBeHidden();
  await expect(siteList(page).getByRole('button')).toHaveCount(0);
});
