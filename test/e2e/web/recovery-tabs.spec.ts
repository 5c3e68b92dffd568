import type { BrowserContext, Page } from '@playwright/test';
import { expect, siteList, test } from './fixtures';

// Several tabs of the production build on a shared 2-core machine: give them time.
test.describe.configure({ timeout: 180_000 });

/** Without the File System Access pickers: saving and exports use downloads, as in Firefox. */
async function withoutPickers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
}

async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await withoutPickers(page);
  await page.goto('/');
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();
  return page;
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await siteList(page).getByRole('button', { name: from }).click();
  await page.getByLabel('Navn').fill(to);
  await page.getByLabel('Navn').press('Enter');
  await expect(page.getByText(/^Autogemt \d\d:\d\d:\d\d$/)).toBeVisible();
}

const recoveryDialog = (page: Page) => page.getByRole('dialog', { name: 'Gendan ikke-gemt arbejde' });

test("one tab never deletes another tab's autosave; a closed tab's copy is offered to the next tab (D3)", async ({
  context,
}) => {
  const a = await openTab(context);
  const b = await openTab(context);
  await rename(a, 'Lohals Havn', 'Lohals A');
  await rename(b, 'Humble Skole', 'Humble B');

  // Tab B throws its work away (New, Don't Save): its copy goes, tab A's stays.
  await b.getByRole('menuitem', { name: 'Filer' }).click();
  await b.getByRole('menuitem', { name: /^Ny\b/ }).click();
  await b.getByRole('dialog', { name: 'Ikke-gemte ændringer' }).getByRole('button', { name: 'Gem ikke' }).click();
  await expect(siteList(b).getByRole('button')).toHaveCount(0);

  // Tab A reloads: its own copy is offered.
  a.on('dialog', (d) => void d.accept());
  await a.reload();
  await expect(recoveryDialog(a)).toBeVisible();
  await recoveryDialog(a).getByRole('button', { name: 'Gendan' }).click();
  await expect(siteList(a).getByRole('button', { name: 'Lohals A' })).toBeVisible();

  // A live tab's copy is not offered to a new tab...
  const c = await openTab(context);
  await expect(recoveryDialog(c)).toHaveCount(0);
  await c.close();

  // ...but once tab A is gone (closed without saving, as a crash), the next tab offers it.
  await a.close({ runBeforeUnload: false });
  const d = await openTab(context);
  await expect(recoveryDialog(d)).toBeVisible();
  await recoveryDialog(d).getByRole('button', { name: 'Gendan' }).click();
  await expect(siteList(d).getByRole('button', { name: 'Lohals A' })).toBeVisible();
  await expect(d.getByText('● Ikke gemt')).toBeVisible();
});

test('a recovery copy that cannot be loaded is shown with its problems and kept, never deleted (D1)', async ({
  page,
}) => {
  await withoutPickers(page);
  await page.goto('/');
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();
  // An autosave written before imports were validated: a site 1,000,000 km up, in the old shared slot.
  await page.evaluate(async () => {
    const sample = JSON.parse(
      JSON.stringify({
        schemaVersion: 5,
        meta: { name: 'Gammel plan', createdAt: '2025-01-01T00:00:00Z', modifiedAt: '2025-01-01T00:00:00Z' },
        sites: [{ id: 's1', name: 'Høj mast', lon: 10.7, lat: 54.9, antennaHeightM: 1e9 }],
      }),
    );
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('frekvensplan', 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('recovery', 'readwrite');
        tx.objectStore('recovery').put(
          {
            savedAt: '2025-01-01T10:00:00.000Z',
            name: 'gammel.frekvensplan',
            handleId: null,
            text: JSON.stringify(sample),
          },
          'current',
        );
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  });
  await page.reload();
  await recoveryDialog(page).getByRole('button', { name: 'Gendan' }).click();
  const failed = page.getByRole('dialog', { name: 'Gendannelseskopien kunne ikke åbnes' });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('sites[0].antennaHeightM');
  await expect(failed).toContainText('Kopien er bevaret');
  await failed.getByRole('button', { name: 'Behold til senere' }).click();
  // The sample is still open, unchanged.
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();

  // The copy is still there: offered again, and it can be saved as a file to repair by hand.
  await page.reload();
  await recoveryDialog(page).getByRole('button', { name: 'Gendan' }).click();
  await expect(failed).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await failed.getByRole('button', { name: 'Gem kopien som fil…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('gammel.gendannet.frekvensplan');
});
