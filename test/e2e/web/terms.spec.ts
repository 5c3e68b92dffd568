import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openTerms(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Vilkår' }).click();
  const panel = page.getByRole('complementary', { name: 'Vilkår' });
  await expect(panel).toBeVisible();
  return panel;
}

test('the terms panel shows every sourced value with its state; unverified Danish terms say so', async ({
  app: page,
}) => {
  const panel = await openTerms(page);
  await expect(panel.getByLabel('Vilkårsprofil').locator('option:checked')).toHaveText(/^Danmark: TT-Netværkets/);
  const leasable = panel.getByRole('group', { name: 'lejbart frekvensområde' });
  await expect(leasable).toContainText('3.740–3.800 MHz');
  await expect(leasable).toContainText('ikke verificeret');
  await expect(panel.getByRole('group', { name: 'blokraster' })).toContainText('ikke offentliggjort');
  await expect(panel.getByRole('group', { name: 'pris/gebyr' })).toContainText('ikke offentliggjort');
  await expect(panel.getByRole('group', { name: 'frekvensbånd' })).toContainText('3.660–3.800 MHz');
  await expect(panel.getByRole('group', { name: 'frekvensbånd' })).toContainText('verificeret');
  await expect(panel.getByRole('group', { name: 'tilladelsens løbetid' })).toContainText('01.06.2021 – 31.01.2042');
  await page.screenshot({ path: 'test-results/screenshots/terms-panel.png' });

  // Another bundled profile: BNetzA's fee formula, verified.
  await panel.getByLabel('Vilkårsprofil').selectOption('de-bnetza-3700');
  await expect(panel.getByRole('group', { name: 'pris/gebyr' })).toContainText('1.000 + B·t·5·(6·a1 + 1·a2) EUR');
});

test('duplicate and edit changes the leasable range in a custom profile, and the wizard uses it', async ({
  app: page,
}) => {
  const panel = await openTerms(page);
  await panel.getByRole('button', { name: 'Dupliker og redigér' }).click();
  await expect(panel.getByLabel('Vilkårsprofil').locator('option:checked')).toHaveText(/\(kopi\) · egen$/);

  const editor = panel.getByRole('form', { name: 'Redigér vilkårsprofil' });
  const range = editor.getByRole('group', { name: 'Lejbart frekvensområde' });
  // An empty range is refused with its location.
  await range.getByLabel('Til (MHz)').fill('3700');
  await editor.getByRole('button', { name: 'Gem profil' }).click();
  await expect(editor.getByRole('alert')).toContainText(
    'Lejbart frekvensområde: Intervallet er tomt: slutningen skal ligge efter starten.',
  );

  await range.getByLabel('Fra (MHz)').fill('3760');
  await range.getByLabel('Til (MHz)').fill('3800');
  await range.getByLabel('Kilde').fill('Lejekontrakt med TT-Netværket, bilag 2');
  await range.getByLabel('Verificeret').check();
  await editor.getByRole('button', { name: 'Gem profil' }).click();
  await expect(editor).toBeHidden();

  const leasable = panel.getByRole('group', { name: 'lejbart frekvensområde' });
  await expect(leasable).toContainText('3.760–3.800 MHz');
  await expect(leasable).not.toContainText('ikke verificeret');
  await expect(leasable).toContainText('Lejekontrakt med TT-Netværket, bilag 2');

  await page
    .getByRole('toolbar', { name: 'Anmodning og vilkår' })
    .getByRole('button', { name: 'Lejeanmodning' })
    .click();
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  await wizard
    .getByRole('navigation', { name: 'Trin' })
    .getByRole('button', { name: /Frekvenser/ })
    .click();
  await expect(wizard.getByLabel('Fra (MHz)')).toHaveValue('3760');
  await expect(wizard.getByRole('article')).toContainText('3.760–3.800 MHz');
  await expect(wizard).toContainText('(kopi)');
  await wizard.getByRole('button', { name: 'Luk' }).click();

  // The panel stayed open under the wizard. Deleting the custom profile falls back to the bundled one.
  const again = page.getByRole('complementary', { name: 'Vilkår' });
  await again.getByRole('button', { name: 'Slet egen profil' }).click();
  await expect(again.getByLabel('Vilkårsprofil').locator('option:checked')).toHaveText(/^Danmark: TT-Netværkets/);
  await expect(again.getByRole('group', { name: 'lejbart frekvensområde' })).toContainText('3.740–3.800 MHz');
  // …and the deletion is one undo step.
  await again.getByRole('heading', { name: 'Vilkår' }).click();
  await page.keyboard.press('Control+Z');
  await expect(again.getByLabel('Vilkårsprofil').locator('option:checked')).toHaveText(/\(kopi\) · egen$/);
});
