import type { Page } from '@playwright/test';
import { expect, mapRegion, test } from './fixtures';

/** The page never scrolls sideways: nothing is wider than the window. */
async function expectNoOverflow(page: Page, where: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page, `horizontal overflow: ${where}`).toBeLessThanOrEqual(widths.window);
}

/** Every button of every toolbar is on top at its centre (no legend, panel or other control covers it). */
async function expectToolbarButtonsHittable(page: Page, where: string) {
  const covered = await page.evaluate(() => {
    const out: string[] = [];
    for (const button of document.querySelectorAll<HTMLElement>('[role="toolbar"] button')) {
      const r = button.getBoundingClientRect();
      if (r.width === 0) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !button.contains(hit)) out.push(`${button.textContent} covered by ${hit?.className ?? 'nothing'}`);
    }
    return out;
  });
  expect(covered, `toolbar buttons covered: ${where}`).toEqual([]);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test(`fits ${size.width}×${size.height}: no sideways overflow, every toolbar button can be hit`, async ({
    app: page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    await expectNoOverflow(page, 'start');
    await expectToolbarButtonsHittable(page, 'start');

    // An edit makes the status bar show "Ikke gemt" and the autosave time; then the pointer moves over the map.
    await page.getByRole('button', { name: 'Humble Skole' }).first().click();
    await page.getByLabel('Antennehøjde (m)').fill('31');
    await page.getByLabel('Antennehøjde (m)').press('Enter');
    await expect(page.getByText('● Ikke gemt')).toBeVisible();
    const box = await mapRegion(page).boundingBox();
    if (!box) throw new Error('no map');
    const widths: number[] = [];
    for (const [fx, fy] of [
      [0.2, 0.3],
      [0.5, 0.5],
      [0.9, 0.8],
    ] as const) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      await expect(page.getByText(/^WGS84 /)).toBeVisible();
      await expectNoOverflow(page, `pointer at ${fx},${fy}`);
      widths.push(await page.getByText(/^EPSG:25832 /).evaluate((e) => e.getBoundingClientRect().width));
    }
    // Fixed-width fields: the pointer position never changes the layout.
    expect(new Set(widths).size).toBe(1);
    await expectToolbarButtonsHittable(page, 'after an edit');

    // Coverage with its legend, then the wide Slices panel: the legend never covers a toolbar button.
    await page.getByRole('toolbar', { name: 'Dækning og link' }).getByRole('button', { name: 'Dækning' }).click();
    const panel = page.getByRole('complementary', { name: 'Dækning' });
    await panel.getByRole('button', { name: 'Beregn dækning' }).click();
    await expect(page.getByRole('region', { name: 'Signaldækning RSRP (dBm)' })).toBeVisible({ timeout: 60_000 });
    await expectNoOverflow(page, 'coverage');
    await expectToolbarButtonsHittable(page, 'coverage panel and legend');
    await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Slices' }).click();
    await expect(page.getByRole('complementary', { name: 'Slices' })).toBeVisible();
    await expectNoOverflow(page, 'slices');
    await expectToolbarButtonsHittable(page, 'slices panel and legend');
    // The map keeps a usable width: the objects panel became a drawer.
    expect((await mapRegion(page).boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(500);
    const drawer = page.getByRole('button', { name: 'Objekter', exact: true });
    await drawer.click();
    await expect(page.getByRole('complementary', { name: 'Objekter' })).toBeVisible();
    await drawer.click();
    await expect(page.getByRole('complementary', { name: 'Objekter' })).toBeHidden();

    // Drawing shows the typed-point row; the toolbars still do not overlap.
    await page.getByRole('toolbar', { name: 'Tegneværktøjer' }).getByRole('button', { name: 'Tegn område' }).click();
    await expectToolbarButtonsHittable(page, 'drawing');
    await page.screenshot({ path: `test-results/screenshots/layout-${size.width}x${size.height}.png` });
  });
}
