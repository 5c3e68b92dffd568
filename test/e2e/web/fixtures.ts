import { expect, test as base, type Page } from '@playwright/test';

/** Removes the File System Access pickers so the app uses the file-input and download fallbacks. */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.showOpenFilePicker;
      delete w.showSaveFilePicker;
    });
    await page.goto('/');
    await expect(page.getByRole('region', { name: /^(Kort|Map)$/ }).getByTitle('Bagenkop Havn')).toBeVisible();
    await use(page);
  },
});

export { expect };

/** The nine site names of data/samples/langeland.frekvensplan. */
export const SAMPLE_SITES = [
  'Langeland Brandvæsen, Rudkøbing',
  'Langeland Rådhus, Rudkøbing',
  'Rudkøbing Havn',
  'Spodsbjerg Færgehavn',
  'Bagenkop Havn',
  'Lohals Havn',
  'Humble Skole',
  'Tranekær Skole',
  'Tullebølle Vandværk',
];

/** The map region (Danish or English label). */
export function mapRegion(page: Page) {
  return page.getByRole('region', { name: /^(Kort|Map)$/ });
}

/** The list of sites in the objects panel. */
export function siteList(page: Page) {
  return page.getByRole('list', { name: /^Sites/ });
}
