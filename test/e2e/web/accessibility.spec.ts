import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * axe-core (WCAG 2.x A/AA and best practices) over every panel and dialog: no serious or critical violation.
 * Moderate and minor findings are printed, not failed.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  // Legacy mode runs axe inside the page (no helper page per run): several times faster, and there are no frames.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = severe.map(
    (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  for (const v of result.violations.filter((x) => !severe.includes(x)))
    console.log(`[axe ${where}] ${v.impact} ${v.id}: ${v.nodes.length} node(s)`);
  expect(lines, `axe: ${where}`).toEqual([]);
}

test.describe.configure({ timeout: 300_000 });

test('main window, menus, search, drawing, basemaps and the objects drawer', async ({ app: page }) => {
  await expectAccessible(page, 'main window');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The language switch: names equal the visible text, state in aria-pressed.
  const langs = page.getByRole('group', { name: 'Sprog (language)' });
  await expect(langs.getByRole('button', { name: 'DA', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(langs.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'false');

  for (const menu of ['Filer', 'Rediger', 'Vis', 'Planlægning', 'Hjælp']) {
    await page.getByRole('menuitem', { name: menu }).click();
    await expect(page.getByRole('menu', { name: menu })).toBeVisible();
    await expectAccessible(page, `menu ${menu}`);
    await page.keyboard.press('Escape');
  }
  // Panel toggles are checkbox items without "✓" in their names.
  await page.getByRole('menuitem', { name: 'Vis' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Panelet Objekter', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Escape');

  const search = page.getByRole('combobox', { name: 'Søg efter sted, objekt eller koordinat' });
  await search.fill('Rud');
  await expectAccessible(page, 'search results');
  await search.press('Enter');
  await expectAccessible(page, 'site inspector');

  await page.getByRole('button', { name: /^Baggrundskort:/ }).click();
  await expectAccessible(page, 'basemap choice');
  await page.keyboard.press('Escape');

  await page.getByRole('toolbar', { name: 'Tegneværktøjer' }).getByRole('button', { name: 'Tegn område' }).click();
  await expectAccessible(page, 'drawing an area');
  await page.keyboard.press('Escape');

  const objects = page.getByRole('complementary', { name: 'Objekter' });
  await objects.getByRole('button', { name: 'Udkast til lejeområde' }).click();
  await expectAccessible(page, 'area inspector');
  await objects.getByRole('button', { name: /^Dronekorridor/ }).click();
  await expectAccessible(page, 'corridor inspector');

  // A narrow window with the wide Slices panel: the objects panel becomes a drawer.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Slices' }).click();
  const drawer = page.getByRole('button', { name: 'Objekter', exact: true });
  await drawer.click();
  await expect(drawer).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'slices panel with objects drawer');

  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  await expectAccessible(page, 'English');
});

test('coverage, link calculator, terms and slices panels', async ({ app: page }) => {
  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
  const panel = page.getByRole('complementary', { name: 'Dækning' });
  await panel.getByRole('button', { name: 'Beregn dækning' }).click();
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' })).toBeVisible();
  await expectAccessible(page, 'coverage panel and legend');

  await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Linkberegner' }).click();
  await expectAccessible(page, 'link calculator');

  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Vilkår' }).click();
  await expectAccessible(page, 'terms panel');
  await page.getByRole('button', { name: /Dupliker og redigér/ }).click();
  await expectAccessible(page, 'terms editor');

  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Slices' }).click();
  const slices = page.getByRole('complementary', { name: 'Slices' });
  await slices.getByRole('button', { name: 'Beregn' }).click();
  await expect(slices.getByText(/MHz/).first()).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, 'slices panel with results');
});

test('every step of the lease-request wizard', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Lejeanmodning' }).click();
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  const steps = wizard.getByRole('navigation', { name: 'Trin' }).getByRole('button');
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    await steps.nth(i).click();
    await expectAccessible(page, `wizard step ${i + 1}`);
  }
  // The preview scrolls from the keyboard.
  const preview = wizard.getByRole('region', { name: 'Forhåndsvisning (rul med piletasterne)' });
  await preview.focus();
  await expect(preview).toBeFocused();
});

test('dialogs: export, about, shortcuts, token, import preview, terrain, problems, unsaved changes', async ({
  app: page,
}) => {
  const dialogs: [string, () => Promise<void>][] = [
    ['Eksportér', () => page.keyboard.press('Control+E')],
    [
      'Om Frekvensplan',
      () =>
        page
          .getByRole('menuitem', { name: 'Hjælp' })
          .click()
          .then(() => page.getByRole('menuitem', { name: 'Om Frekvensplan' }).click()),
    ],
    ['Tastaturgenveje', () => page.keyboard.press('F1')],
    [
      'Dataforsyningen-token',
      () =>
        page
          .getByRole('menuitem', { name: 'Vis' })
          .click()
          .then(() => page.getByRole('menuitem', { name: /^Dataforsyningen-token/ }).click()),
    ],
  ];
  for (const [name, open] of dialogs) {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, `dialog ${name}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  const importFile = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+I');
    await (await chooser).setFiles(file);
  };
  await importFile(path.resolve('test/fixtures/io/sites-aero.geojson'));
  const preview = page.getByRole('dialog', { name: 'Importér data' });
  await expect(preview).toBeVisible();
  await expectAccessible(page, 'import preview');
  await preview.getByRole('button', { name: 'Annullér' }).click();

  await importFile(path.resolve('test/fixtures/terrain/DTM_gdal_lzw_tiled.tif'));
  const terrain = page.getByRole('dialog', { name: /^Terrænmodel/ });
  await expect(terrain).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'terrain preview');
  await page.keyboard.press('Escape');

  // Unsaved changes, then a damaged file's problems.
  await page.getByRole('button', { name: 'Humble Skole' }).first().click();
  await page.getByLabel('Antennehøjde (m)').fill('31');
  await page.getByLabel('Antennehøjde (m)').press('Enter');
  await page.getByLabel('Antennehøjde (m)').blur();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  const discard = page.getByRole('dialog', { name: 'Ikke-gemte ændringer' });
  await expect(discard).toBeVisible();
  await expectAccessible(page, 'unsaved changes');
  await discard.getByRole('button', { name: 'Gem ikke' }).click();
  await (await chooser).setFiles(path.resolve('test/fixtures/projects/truncated.frekvensplan'));
  await expect(page.getByRole('dialog', { name: 'Filen kunne ikke åbnes' })).toBeVisible();
  await expectAccessible(page, 'problems');
});

test('dialogs trap focus and give it back; focus is visible', async ({ app: page }) => {
  const exportItem = async () => {
    await page.getByRole('menuitem', { name: 'Filer' }).click();
    await page.getByRole('menuitem', { name: /^Eksportér/ }).click();
  };
  const fileMenu = page.getByRole('menuitem', { name: 'Filer' });
  await exportItem();
  const dialog = page.getByRole('dialog', { name: 'Eksportér' });
  await expect(dialog).toBeVisible();
  // Tab cycles inside the dialog, forwards and backwards.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  // The focused control shows a visible outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus is back on the menu that opened it.
  await expect(fileMenu).toBeFocused();

  // F1 from the map toolbar returns focus there.
  const coverage = page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' });
  await coverage.focus();
  await coverage.press('F1');
  await expect(page.getByRole('dialog', { name: 'Tastaturgenveje' })).toBeVisible();
  await page.getByRole('button', { name: 'Luk' }).press('Enter');
  await expect(coverage).toBeFocused();
});
