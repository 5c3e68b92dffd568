import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Chromium's real save picker opens a native dialog Playwright cannot drive, so these tests put an instrumented
 * `showSaveFilePicker` in its place. Like Chromium's, it refuses without user activation (SecurityError, "Must be
 * handling a user gesture…"), and it records what had happened when it was called: whether the click's activation
 * was still active and whether the PDF writer (a lazily loaded chunk) had already been fetched, i.e. whether the
 * document was built before asking where to save.
 */
type PickerMode = 'save' | 'abort' | 'readOnly';

async function installPicker(page: Page, mode: PickerMode): Promise<void> {
  await page.addInitScript((pickerMode: PickerMode) => {
    type Entry = { name: string; active: boolean; writerLoaded: boolean; bytes: number[] | null };
    const log: Entry[] = [];
    (window as unknown as { __pickerLog: Entry[] }).__pickerLog = log;
    (window as unknown as Record<string, unknown>).showSaveFilePicker = async (options: { suggestedName: string }) => {
      const entry: Entry = {
        name: options.suggestedName,
        active: navigator.userActivation.isActive,
        writerLoaded: performance.getEntriesByType('resource').some((r) => /write-(pdf|docx)/.test(r.name)),
        bytes: null,
      };
      log.push(entry);
      if (!entry.active)
        throw new DOMException('Must be handling a user gesture to show a file picker.', 'SecurityError');
      if (pickerMode === 'abort') throw new DOMException('The user aborted a request.', 'AbortError');
      const chunks: Uint8Array[] = [];
      return {
        name: options.suggestedName,
        async createWritable() {
          if (pickerMode === 'readOnly')
            throw new DOMException(
              'An attempt was made to modify an object where modifications are not allowed.',
              'NoModificationAllowedError',
            );
          return {
            async write(data: Blob) {
              chunks.push(new Uint8Array(await data.arrayBuffer()));
            },
            async close() {
              entry.bytes = chunks.flatMap((c) => Array.from(c.subarray(0, 8)));
            },
          };
        },
      };
    };
  }, mode);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Lejeanmodning' })).toBeVisible();
}

type Entry = { name: string; active: boolean; writerLoaded: boolean; bytes: number[] | null };
function pickerLog(page: Page): Promise<Entry[]> {
  return page.evaluate(() => (window as unknown as { __pickerLog: Entry[] }).__pickerLog);
}

async function wizardExportStep(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Lejeanmodning' }).click();
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  await wizard
    .getByRole('navigation', { name: 'Trin' })
    .getByRole('button', { name: /Eksportér/ })
    .click();
  // The sample has no CVR number (a blocking finding): export as a draft.
  await wizard.getByRole('checkbox', { name: 'Eksportér som udkast (UDKAST)' }).check();
  return wizard;
}

test('PDF export asks where to save inside the click, before the document is built, then writes it', async ({
  page,
}) => {
  await installPicker(page, 'save');
  const wizard = await wizardExportStep(page);
  await wizard.getByRole('button', { name: 'Eksportér', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Eksporteret som lejeanmodning-langeland-.*\.pdf/ }),
  ).toBeVisible({
    timeout: 90_000,
  });
  const [entry] = await pickerLog(page);
  expect(entry?.active, 'picker called within the click’s user activation').toBe(true);
  expect(entry?.writerLoaded, 'PDF writer not yet loaded when the picker was asked').toBe(false);
  expect(String.fromCharCode(...(entry?.bytes ?? []).slice(0, 5))).toBe('%PDF-');
  await expect(page.getByRole('dialog', { name: 'Eksporten mislykkedes' })).toHaveCount(0);
});

test('every File → Export format asks first; cancelling the picker exports nothing and reopens the choice', async ({
  page,
}) => {
  await installPicker(page, 'abort');
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  for (const name of [/^GeoJSON/, /^KML/, /^CSV/, /^PNG/]) {
    await dialog.getByRole('button', { name }).click();
    await expect(dialog.getByRole('button', { name })).toBeEnabled();
  }
  const log = await pickerLog(page);
  expect(log.map((e) => e.name.replace(/^.*?(\.|-sites\.)/, '$1'))).toEqual(['.geojson', '.kml', '-sites.csv', '.png']);
  expect(log.every((e) => e.active)).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Eksporten mislykkedes' })).toHaveCount(0);
});

test('a refused write shows "Eksporten mislykkedes" in Danish, with the browser text only as details', async ({
  page,
}) => {
  await installPicker(page, 'readOnly');
  await page.keyboard.press('Control+E');
  await page.getByRole('dialog', { name: 'Eksportér' }).getByRole('button', { name: /^KML/ }).click();
  const error = page.getByRole('dialog', { name: 'Eksporten mislykkedes' });
  await expect(error).toBeVisible();
  await expect(error.getByText(/Filen er skrivebeskyttet eller åben i et andet program/)).toBeVisible();
  // The browser's English message is not in the visible text; it is under "Tekniske detaljer".
  await expect(error.getByText(/modifications are not allowed/)).toBeHidden();
  await error.getByText('Tekniske detaljer').click();
  await expect(error.getByText(/NoModificationAllowedError/)).toBeVisible();
  await error.getByRole('button', { name: 'Luk' }).click();

  // In English the same failure reads in English.
  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  await page.keyboard.press('Control+E');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: /^KML/ }).click();
  await expect(page.getByRole('dialog', { name: 'Export failed' }).getByText(/The file is read-only/)).toBeVisible();
});

test('without a save picker the export falls back to a download (and the PDF still works)', async ({ app: page }) => {
  const wizard = await wizardExportStep(page);
  const download = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lejeanmodning-langeland-.*-udkast\.pdf$/);
  expect((await readFile(await file.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: /overførsler/ })).toBeVisible();
});

test('a picker refused for lack of user activation falls back to a download', async ({ page }) => {
  await installPicker(page, 'save');
  // Run the export from a timer, long after any click: the picker refuses and the download path takes over.
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^GeoJSON/ }).evaluate((button: HTMLButtonElement) => {
    setTimeout(() => button.click(), 6000);
  });
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.geojson$/);
  const [entry] = await pickerLog(page);
  expect(entry?.active).toBe(false);
});
