import { expect, siteList, test } from './fixtures';

test('finds Humble by name in the offline gazetteer, flies there and adds a site', async ({ app: page }) => {
  // Ctrl+K focuses the search box from the map.
  await page.keyboard.press('Control+K');
  const box = page.getByRole('combobox', { name: 'Søg efter sted, objekt eller koordinat' });
  await expect(box).toBeFocused();
  await box.fill('Humble');
  const results = page.getByRole('listbox', { name: 'Søgeresultater' });
  // Objects of the project first, then the town from GeoNames.
  await expect(results.getByRole('option').first()).toContainText('Humble Skole');
  const town = results.getByRole('option', { name: /^Humble By · 604 indbyggere/ });
  await expect(town).toBeVisible();
  await town.click();
  const found = page.getByRole('group', { name: 'Fundet: Humble' });
  await expect(found).toContainText('54,82972° N 10,69961° Ø');
  await expect(page.getByText(/^Zoom 13$/)).toBeVisible();
  await found.getByRole('button', { name: 'Tilføj site her' }).click();
  await expect(siteList(page).getByRole('button', { name: 'Site ved Humble' })).toBeVisible();
  await expect(page.getByLabel('Navn')).toHaveValue('Site ved Humble');
  await expect(page.getByLabel('Breddegrad (WGS84)')).toHaveValue('54,82972');
  await expect(page.getByLabel('Længdegrad (WGS84)')).toHaveValue('10,69961');
  await page.keyboard.press('Control+Z');
  await expect(siteList(page).getByRole('button')).toHaveCount(9);
});

test('finds objects and typed coordinates by keyboard', async ({ app: page }) => {
  const box = page.getByRole('combobox', { name: 'Søg efter sted, objekt eller koordinat' });
  await box.fill('bagenk');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Enter');
  await expect(page.getByLabel('Navn')).toHaveValue('Bagenkop Havn');

  // Danish spelling without ø still finds Rudkøbing; arrow keys move the active option.
  await box.fill('rudkobing');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /opt-1$/);
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page.getByLabel('Navn')).toHaveValue(/Rudkøbing/);

  for (const text of ['E 609408 N 6089412', `54°56'22"N 10°42'50"Ø`, '54,9395 10,7140']) {
    await box.fill(text);
    await expect(page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first()).toContainText(
      'Koordinat',
    );
    await box.press('Enter');
    await expect(page.getByRole('group', { name: `Fundet: ${text}` })).toContainText(/54,9\d{4}° N 10,7\d{4}° Ø/);
  }
  await page.getByRole('button', { name: 'Luk', exact: true }).click();
  await box.fill('xyzzy');
  await expect(page.getByRole('status').filter({ hasText: 'Ingen træf for »xyzzy«' })).toBeVisible();
  await box.press('Escape');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});
