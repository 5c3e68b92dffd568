import { expect, mapRegion, siteList, test } from './fixtures';

test('rename and drag a site, then undo and redo by keyboard and menu', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Bagenkop Havn' }).click();
  const name = page.getByLabel('Navn');
  const lat = page.getByLabel('Breddegrad (WGS84)');
  const lon = page.getByLabel('Længdegrad (WGS84)');
  await expect(name).toHaveValue('Bagenkop Havn');
  await expect(lat).toHaveValue('54,7548');
  await expect(lon).toHaveValue('10,6758');

  await name.fill('Bagenkop Lystbådehavn');
  await name.press('Enter');
  await name.blur();
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Lystbådehavn' })).toBeVisible();
  await expect(page.getByText('● Ikke gemt')).toBeVisible();
  await expect(page).toHaveTitle(/^• /);

  const marker = mapRegion(page).getByTitle('Bagenkop Lystbådehavn', { exact: true });
  const box = await marker.boundingBox();
  if (!box) throw new Error('marker has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y - 30, { steps: 5 });
  await page.mouse.move(x + 90, y - 60, { steps: 5 });
  await page.mouse.up();
  await expect(lat).not.toHaveValue('54,7548');
  await expect(lon).not.toHaveValue('10,6758');
  const movedLat = await lat.inputValue();
  const movedLon = await lon.inputValue();
  expect(Number(movedLat.replace(',', '.'))).toBeGreaterThan(54.7548);
  expect(Number(movedLon.replace(',', '.'))).toBeGreaterThan(10.6758);

  // Keyboard: undo the move, then the rename; redo the rename.
  await page.keyboard.press('Control+Z');
  await expect(lat).toHaveValue('54,7548');
  await expect(name).toHaveValue('Bagenkop Lystbådehavn');
  await page.keyboard.press('Control+Z');
  await expect(name).toHaveValue('Bagenkop Havn');
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(name).toHaveValue('Bagenkop Lystbådehavn');

  // Menu: redo the move, then undo both again.
  await page.getByRole('menuitem', { name: 'Rediger' }).click();
  await page.getByRole('menuitem', { name: /^Gendan/ }).click();
  await expect(lat).toHaveValue(movedLat);
  await expect(lon).toHaveValue(movedLon);
  await page.getByRole('menuitem', { name: 'Rediger' }).click();
  await page.getByRole('menuitem', { name: /^Fortryd/ }).click();
  await page.getByRole('menuitem', { name: 'Rediger' }).click();
  await page.getByRole('menuitem', { name: /^Fortryd/ }).click();
  await expect(name).toHaveValue('Bagenkop Havn');
  await expect(lat).toHaveValue('54,7548');
  await expect(mapRegion(page).getByTitle('Bagenkop Havn', { exact: true })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Rediger' }).click();
  await expect(page.getByRole('menuitem', { name: /^Fortryd/ })).toBeDisabled();
  await page.keyboard.press('Escape');
});

test('Delete removes the selected site and Ctrl+Y brings it back', async ({ app: page }) => {
  await siteList(page).getByRole('button', { name: 'Humble Skole' }).click();
  await page.getByRole('button', { name: 'Humble Skole' }).first().focus();
  await page.keyboard.press('Delete');
  await expect(siteList(page).getByRole('button')).toHaveCount(8);
  await expect(mapRegion(page).getByTitle('Humble Skole')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(siteList(page).getByRole('button')).toHaveCount(9);
  await page.keyboard.press('Control+Y');
  await expect(siteList(page).getByRole('button')).toHaveCount(8);
});
