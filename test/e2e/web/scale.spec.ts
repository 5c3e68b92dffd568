import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { serializeProject } from '../../../core/project/load';
import { generateProject } from '../../bench/generate-project';
import { expect, mapRegion, siteList, test } from './fixtures';

/**
 * A minimal React DevTools hook: React calls onCommitFiberRoot after every commit, also in production builds. It
 * counts, per component displayName, the components that rendered in each commit (mounted, or flagged
 * PerformedWork = 1), walking only into subtrees React reconciled in that commit (child pointer changed).
 */
const RENDER_COUNTER = `(() => {
  const counts = (window.__renders = {});
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    onCommitFiberRoot(_id, root) {
      const stack = [root.current];
      while (stack.length > 0) {
        const f = stack.pop();
        const alt = f.alternate;
        const name = (f.elementType && f.elementType.displayName) || (f.type && f.type.displayName);
        if (name && (alt === null || (f.flags & 1) === 1)) counts[name] = (counts[name] || 0) + 1;
        if (alt === null || f.child !== alt.child) for (let c = f.child; c; c = c.sibling) stack.push(c);
      }
    },
  };
  window.__arcs = 0;
  const arc = CanvasRenderingContext2D.prototype.arc;
  CanvasRenderingContext2D.prototype.arc = function (...args) {
    if (this.canvas.classList.contains('site-canvas')) window.__arcs++;
    return arc.apply(this, args);
  };
})();`;

const project = generateProject({ sites: 5000, areas: 200, corridors: 20, seed: 2026 });

async function rowRenders(page: Page): Promise<number> {
  return page.evaluate('window.__renders.ObjectRow || 0') as Promise<number>;
}

test('a 5,000-site plan: clustered map, virtualised list with search and kind filter, and a rename re-renders one row', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.addInitScript({ content: RENDER_COUNTER });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
  const file = testInfo.outputPath('generated-5000.frekvensplan');
  await writeFile(file, serializeProject(project));
  await page.goto('/');
  await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Åbn/ }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { name: 'Sites 5.000' })).toBeVisible({ timeout: 60_000 });

  // Only the rows in view are in the DOM; each says where it sits in the whole list.
  const rows = siteList(page).getByRole('listitem');
  expect(await rows.count()).toBeLessThan(80);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '5000');
  // The map clusters the sites; each cluster is a button that zooms in on it.
  const group = mapRegion(page).getByRole('group', { name: 'Sites på kortet' });
  const clusters = group.getByRole('button', { name: /^Klynge med [\d.]+ sites$/ });
  expect(await clusters.count()).toBeGreaterThan(5);
  const zoom = async () => Number((await page.getByText(/^Zoom \d+$/).textContent())?.slice(5));
  const before = await zoom();
  await clusters.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(zoom).toBeGreaterThan(before);
  await page.screenshot({ path: 'test-results/screenshots/scale-5000.png' });

  // End jumps to the last of the 5,000 rows, rendering it on the way.
  await siteList(page).getByRole('button').first().focus();
  await page.keyboard.press('End');
  const last = project.sites[4999]?.name as string;
  await expect(siteList(page).getByRole('button', { name: last, exact: true })).toBeFocused();
  await expect(siteList(page).getByRole('listitem').filter({ hasText: last })).toHaveAttribute('aria-posinset', '5000');

  // Search by name, then filter by kind (labels in Danish).
  const search = page.getByRole('searchbox', { name: 'Søg i objekter' });
  await search.fill('Site 4999');
  await expect(page.getByRole('heading', { name: 'Sites 1 af 5.000' })).toBeVisible();
  await expect(siteList(page).getByRole('button')).toHaveText(['Site 4999']);
  await expect(page.getByRole('heading', { name: /^Områder 0 af 200/ })).toBeVisible();
  await search.fill('');
  const filter = page.getByRole('combobox', { name: 'Vis' });
  await filter.selectOption({ label: 'Skole' });
  const schools = project.sites.filter((s) => s.kind === 'school').length;
  await expect(page.getByRole('heading', { name: `Sites ${schools} af 5.000` })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Områder/ })).toHaveCount(0);
  await filter.selectOption({ label: 'Alle objekter' });

  // The counter sees renders: scrolling the list mounts rows.
  await page.evaluate('Object.keys(window.__renders).forEach((k) => (window.__renders[k] = 0))');
  await siteList(page).getByRole('button').first().focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect.poll(() => rowRenders(page)).toBeGreaterThan(10);

  // A rename: the list and the map's handle show the new name; one row re-rendered, no disc repainted.
  const target = project.sites[0]?.name as string;
  await page.keyboard.press('Home');
  await siteList(page).getByRole('button', { name: target, exact: true }).click();
  const name = page.getByLabel('Navn', { exact: true });
  await expect(name).toHaveValue(target);
  await page.waitForTimeout(500);
  await page.evaluate('Object.keys(window.__renders).forEach((k) => (window.__renders[k] = 0)); window.__arcs = 0');
  await name.fill('Omdøbt site');
  await name.press('Enter');
  await expect(siteList(page).getByRole('button', { name: 'Omdøbt site' })).toBeVisible();
  await expect(mapRegion(page).getByRole('button', { name: 'Omdøbt site' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(300);
  expect(await rowRenders(page)).toBeLessThanOrEqual(2);
  expect(await page.evaluate('window.__arcs')).toBe(0);
});
