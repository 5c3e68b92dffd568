import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const inventory = JSON.parse(readFileSync('data/licences/third-party.json', 'utf8')) as {
  packages: { name: string; version: string; licence: string }[];
};

async function openAbout(page: Page, menu: string, item: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return page.getByRole('dialog', { name: item });
}

test('Help → About lists every third-party package with version and licence, in Danish and English', async ({
  app: page,
}) => {
  const dialog = await openAbout(page, 'Hjælp', 'Om Frekvensplan');
  const list = dialog.getByRole('region', { name: 'Pakker og licenser' });
  await expect(list.getByRole('row')).toHaveCount(inventory.packages.length + 1);
  await expect(dialog.getByText(`Viser ${inventory.packages.length} af ${inventory.packages.length}.`)).toBeVisible();
  const leaflet = inventory.packages.find((p) => p.name === 'leaflet');
  expect(leaflet).toBeDefined();
  const row = list.getByRole('row', { name: new RegExp(`^leaflet ${leaflet!.version}`) });
  await expect(row.getByRole('cell')).toHaveText([leaflet!.version, leaflet!.licence]);
  await expect(dialog.getByText(/Stednavne: © GeoNames, CC BY 4\.0\./)).toBeVisible();

  // axe over the loaded list: the scrolling region is focusable, the table has headers.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Filter by licence, from the keyboard.
  await dialog.getByRole('searchbox', { name: 'Filtrér pakker' }).fill('ODbL');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('rowheader')).toHaveText('@geo-maps/countries-land-100m (data i programmet)');
  await list.focus();
  await expect(list).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screenshots/about-licences-1280x800.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('group', { name: 'Sprog (language)' }).getByRole('button', { name: 'EN' }).click();
  const en = await openAbout(page, 'Help', 'About Frekvensplan');
  const enList = en.getByRole('region', { name: 'Packages and licences' });
  await expect(enList.getByRole('columnheader')).toHaveText(['Package', 'Version', 'Licence']);
  await expect(en.getByText(`uses ${inventory.packages.length} packages by others`, { exact: false })).toBeVisible();
  await en.getByRole('searchbox', { name: 'Filter packages' }).fill('electron');
  await expect(enList.getByRole('rowheader')).toHaveText('electron (desktop app runtime)');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screenshots/about-licences-1920x1080.png' });
});
