import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspMetaContent } from '../../../core/host/csp';
import { expect, siteList, test } from './fixtures';

/** The sample with `extra` more sites carrying 5,000-character notes: several MB to parse and validate. */
async function largeProject(extra: number): Promise<Buffer> {
  const doc = JSON.parse(await readFile('data/samples/langeland.frekvensplan', 'utf8')) as {
    sites: Record<string, unknown>[];
    meta: Record<string, unknown>;
  };
  const template = doc.sites[0] as Record<string, unknown>;
  for (let i = 0; i < extra; i++)
    doc.sites.push({
      ...template,
      id: `big-${i}`,
      name: `Målepunkt ${i}`,
      lat: 54.75 + (i % 40) * 0.005,
      lon: 10.62 + Math.floor(i / 40) * 0.01,
      notes: 'Bemærkning. '.repeat(400).slice(0, 5000),
    });
  doc.meta = { ...doc.meta, name: 'Stort projekt', isSample: false };
  return Buffer.from(JSON.stringify(doc, null, 2));
}

test('a large project is parsed and validated off the UI thread: the window answers while it opens (H4)', async ({
  app: page,
}) => {
  const bytes = await largeProject(1500);
  expect(bytes.length).toBeGreaterThan(7_000_000);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Filer' }).click();
  await page.getByRole('menuitem', { name: /^Åbn/ }).click();
  await (await chooserPromise).setFiles({ name: 'stort.frekvensplan', mimeType: 'application/json', buffer: bytes });
  // While the worker parses, the page renders its progress (a parse on the UI thread would never show it).
  await expect(page.getByRole('status').getByText('Åbner stort.frekvensplan…')).toBeVisible();
  await expect(page.getByRole('status').getByText('Åbnede stort.frekvensplan')).toBeVisible({ timeout: 60_000 });
  // The list is virtualised: the heading counts every site and each row carries the list's size.
  await expect(page.getByRole('heading', { name: 'Sites 1.509' })).toBeVisible();
  await expect(siteList(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '1509');
});

test('the browser build carries the one CSP, with object-src, base-uri and form-action', async ({ app: page }) => {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const content = await meta.getAttribute('content');
  expect(content).toBe(cspMetaContent());
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'none'", "script-src 'self'"])
    expect(content).toContain(directive);
});

test('a project over the 200 MB limit is refused by its size before it is read, naming size and limit', async ({
  app: page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'frekvensplan-e2e-'));
  try {
    // A sparse file: 201 MB by size, no disk space; the page must refuse it without reading it.
    const file = join(dir, 'enorm.frekvensplan');
    const handle = await open(file, 'w');
    await handle.truncate(201 * 1024 * 1024);
    await handle.close();
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Filer' }).click();
    await page.getByRole('menuitem', { name: /^Åbn/ }).click();
    await (await chooserPromise).setFiles(file);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('enorm.frekvensplan: Filen er for stor (201.0 MB; grænsen er 200.0 MB).');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(siteList(page).getByRole('button', { name: 'Bagenkop Havn' })).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
