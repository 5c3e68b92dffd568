import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { pdfText } from '../../helpers/pdftotext';
import { expect, test } from './fixtures';

// Building a request (coverage, fields, fonts, PDF/DOCX writing) takes seconds on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** Today's local date as the app's default request date (YYYY-MM-DD). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openWizard(page: Page): Promise<Locator> {
  await page
    .getByRole('toolbar', { name: 'Anmodning og vilkår' })
    .getByRole('button', { name: 'Lejeanmodning' })
    .click();
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  await expect(wizard).toBeVisible();
  return wizard;
}

function stepButton(wizard: Locator, name: string): Locator {
  return wizard.getByRole('navigation', { name: 'Trin' }).getByRole('button', { name: new RegExp(name) });
}

async function next(wizard: Locator, step: string): Promise<void> {
  await wizard.getByRole('button', { name: 'Næste' }).click();
  await expect(stepButton(wizard, step)).toHaveAttribute('aria-current', 'step');
}

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloadPromise = page.waitForEvent('download');
  await click();
  const download: Download = await downloadPromise;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('the wizard validates the requester, walks every step and exports PDF and DOCX', async ({ app: page }) => {
  const wizard = await openWizard(page);
  await expect(stepButton(wizard, 'Ansøger')).toHaveAttribute('aria-current', 'step');
  await expect(wizard.getByLabel('Ansøger (navn)')).toHaveValue('Langeland Kommune');

  const cvr = wizard.getByLabel('CVR-nummer');
  await cvr.fill('12345675');
  await expect(cvr).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.getByText('CVR-nummeret er ugyldigt (8 cifre, modulus 11)')).toBeVisible();
  await cvr.fill('29189579');
  await expect(cvr).not.toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.getByText('CVR-nummeret er ugyldigt (8 cifre, modulus 11)')).toBeHidden();
  await wizard.getByLabel('Kontaktperson').fill('Mette Hansen');
  await wizard.getByLabel('E-mail', { exact: true }).fill('mette.hansen@langelandkommune.dk');
  const ean = wizard.getByLabel('EAN-nummer (fakturering)');
  await ean.fill('5798000420572');
  await expect(ean).toHaveAttribute('aria-invalid', 'true');
  await ean.fill('5798000420571');
  await expect(ean).not.toHaveAttribute('aria-invalid', 'true');

  // The preview follows the typing.
  const preview = wizard.getByRole('article', { name: 'Forhåndsvisning af anmodningen' });
  await expect(preview).toContainText('29189579');
  await expect(preview).toContainText('Mette Hansen, mette.hansen@langelandkommune.dk');

  await next(wizard, 'Område');
  await expect(wizard.getByLabel('Lejeområde').locator('option:checked')).toHaveText('Udkast til lejeområde');
  await expect(wizard.getByText(/km²/).first()).toBeVisible();

  await next(wizard, 'Frekvenser');
  await expect(wizard.getByLabel('Fra (MHz)')).toHaveValue('3740');
  await expect(wizard.getByLabel('Til (MHz)')).toHaveValue('3800');
  await expect(wizard.getByText('ikke verificeret').first()).toBeVisible();
  await expect(preview).toContainText('3.740–3.800 MHz');

  await next(wizard, 'Periode');
  const windowText =
    /Udlejningsforpligtelsens periode sluttede 31\.05\.2025\. Anmodningen er en frivillig kommerciel anmodning/;
  await expect(wizard.getByRole('note').filter({ hasText: windowText })).toContainText('ikke verificeret');

  await next(wizard, 'Celler');
  const table = wizard.getByRole('table', { name: 'Celler i anmodningen' });
  await expect(table.getByRole('row')).toHaveCount(7);
  // The sample's cells transmit at 3.670–3.730 MHz: outside the request until they are lined up with it.
  await expect(table.getByRole('row', { name: /Humble Skole/ })).toContainText('3.700,0 MHz / 60 MHz');
  await wizard.getByRole('button', { name: 'Læg cellerne i det anmodede område' }).click();
  await expect(table.getByRole('row', { name: /Humble Skole/ })).toContainText('3.770,0 MHz / 60 MHz');
  await expect(table).not.toContainText('brand-rudkobing');
  await expect(table.getByRole('row', { name: /Langeland Brandvæsen, Rudkøbing \(120°\)/ })).toContainText(
    'Brandstation',
  );

  await next(wizard, 'Gennemse');
  const findings = wizard.getByRole('list', { name: 'Kontrol mod vilkår' });
  await expect(findings.getByRole('listitem').filter({ hasText: windowText })).toBeVisible();
  await expect(wizard.getByText('Ingen blokerende fund.')).toBeVisible();
  await expect(findings.getByText('Blokerende')).toHaveCount(0);
  await expect(wizard.getByText('Prisen er ikke offentliggjort.').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/request-wizard-review.png' });

  await next(wizard, 'Eksportér');
  await expect(wizard.getByRole('radio', { name: 'PDF', exact: true })).toBeChecked();
  const exportButton = wizard.getByRole('button', { name: 'Eksportér', exact: true });
  await expect(exportButton).toBeEnabled();
  const pdf = await downloadBytes(page, () => exportButton.click());
  expect(pdf.name).toBe(`lejeanmodning-langeland-${todayIso()}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await wizard.getByRole('radio', { name: 'Word (DOCX)' }).check();
  const docx = await downloadBytes(page, () => exportButton.click());
  expect(docx.name).toBe(`lejeanmodning-langeland-${todayIso()}.docx`);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const files = unzipSync(new Uint8Array(docx.bytes));
  expect(Object.keys(files)).toContain('word/document.xml');
  expect(new TextDecoder().decode(files['word/document.xml'])).toContain('29189579');
});

test('an empty CVR blocks export until it is marked as a draft', async ({ app: page }) => {
  const wizard = await openWizard(page);
  await stepButton(wizard, 'Gennemse').click();
  const findings = wizard.getByRole('list', { name: 'Kontrol mod vilkår' });
  await expect(findings.getByRole('listitem').filter({ hasText: 'CVR-nummer mangler.' })).toContainText('Blokerende');
  await expect(
    findings
      .getByRole('listitem')
      .filter({ hasText: /Langeland Brandvæsen, Rudkøbing \(0°\) sender på 3\.670–3\.730 MHz/ }),
  ).toContainText('Blokerende');

  await stepButton(wizard, 'Eksportér').click();
  const exportButton = wizard.getByRole('button', { name: 'Eksportér', exact: true });
  await expect(exportButton).toBeDisabled();
  await expect(wizard.getByText(/Anmodningen har blokerende fund/)).toBeVisible();
  await expect(wizard.getByRole('article').getByRole('note')).toHaveText('UDKAST');

  await wizard.getByRole('checkbox', { name: 'Eksportér som udkast (UDKAST)' }).check();
  await expect(exportButton).toBeEnabled();
  await wizard.getByRole('radio', { name: /^JSON/ }).check();
  const downloadPromise = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`lejeanmodning-langeland-${todayIso()}-udkast.json`);
  const json = JSON.parse(await readFile(await download.path(), 'utf8')) as { draft: boolean };
  expect(json.draft).toBe(true);
});

test('Ctrl+Z reverts the last wizard edit, one field visit at a time', async ({ app: page }) => {
  const wizard = await openWizard(page);
  const cvr = wizard.getByLabel('CVR-nummer');
  const contact = wizard.getByLabel('Kontaktperson');
  await cvr.fill('29189579');
  await contact.pressSequentially('Mette');
  await wizard.getByRole('heading', { name: 'Ansøger', exact: true }).click();
  await expect(wizard.getByRole('article')).toContainText('Mette');

  await page.keyboard.press('Control+Z');
  await expect(contact).toHaveValue('');
  await expect(cvr).toHaveValue('29189579');
  await page.keyboard.press('Control+Z');
  await expect(cvr).toHaveValue('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(cvr).toHaveValue('29189579');
});

test('a German request: the BNetzA application in German, with use right and a1/a2, exported as a draft PDF', async ({
  app: page,
}) => {
  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Vilkår' }).click();
  await page.getByRole('complementary', { name: 'Vilkår' }).getByLabel('Vilkårsprofil').selectOption('de-bnetza-3700');
  const wizard = await openWizard(page);
  await expect(wizard.getByLabel('Registernummer')).toBeVisible();
  await expect(wizard.getByLabel('CVR-nummer')).toBeHidden();
  await wizard.getByLabel('Registernummer').fill('HRB 1234 FL');
  await wizard.getByLabel('Kontaktperson').fill('Mette Hansen');
  await wizard.getByLabel('E-mail', { exact: true }).fill('mette.hansen@example.de');
  await wizard.getByLabel('Telefon').fill('+49 461 123456');

  await next(wizard, 'Område');
  await wizard.getByLabel('Brugsret til grunden').selectOption('owner');
  await wizard.getByLabel('Dokumentation af brugsretten').fill('Grundbuch von Flensburg, Blatt 4711');
  await wizard.getByLabel('Grundens betegnelse').fill('Gemarkung Flensburg, Flur 12, Flurstück 17/2');
  await wizard.getByLabel('Bebygget areal og trafikareal a1 (km²)').fill('1,5');
  await wizard.getByLabel('Kilde til arealopdelingen a1/a2').fill('ALKIS, tatsächliche Nutzung');
  const preview = wizard.getByRole('article', { name: 'Forhåndsvisning af anmodningen' });
  await expect(preview).toContainText('Antrag auf Zuteilung von Frequenzen für lokale, breitbandige Frequenznutzungen');
  await expect(preview).toContainText('Eigentümer des Grundstücks');
  await expect(preview).toContainText('a1: Siedlungs- und Verkehrsfläche');

  await next(wizard, 'Frekvenser');
  await next(wizard, 'Periode');
  await next(wizard, 'Celler');
  await wizard.getByRole('button', { name: 'Læg cellerne i det anmodede område' }).click();
  await next(wizard, 'Gennemse');
  // The sample's lease area lies on Danish land: a German application for it is refused, with the reason.
  const findings = wizard.getByRole('list', { name: 'Kontrol mod vilkår' });
  await expect(
    findings.getByRole('listitem').filter({ hasText: /Lejeområdet dækker [\d,.]+ km² af Danmarks landområde/ }),
  ).toContainText('Blokerende');
  await expect(wizard.getByText(/^[\d.]+,\d\d EUR$/)).toBeVisible();

  await next(wizard, 'Eksportér');
  const lang = wizard.getByLabel('Dokumentets sprog');
  await expect(lang.locator('option')).toHaveText(['Tysk']);
  await wizard.getByRole('checkbox', { name: 'Eksportér som udkast (UDKAST)' }).check();
  const exportButton = wizard.getByRole('button', { name: 'Eksportér', exact: true });
  const pdf = await downloadBytes(page, () => exportButton.click());
  expect(pdf.name).toBe(`antrag-langeland-${todayIso()}-entwurf.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf.bytes);
  expect(text).toContain('ENTWURF – nicht zum Versand');
  expect(text).toContain('Nutzungsberechtigung am Grundstück');
  expect(text).toContain('Gemarkung Flensburg, Flur 12, Flurstück 17/2');
  expect(text).toMatch(/Gebühr = 1\.000 \+ B · t · 5 · \(6 · a1 \+ 1 · a2\)/);
  await page.screenshot({ path: 'test-results/screenshots/request-wizard-german.png' });
});
