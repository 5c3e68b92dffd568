import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DRONE_C2 = 'Drone: styring og kontrol (C2) uden for synsvidde';
const LIVE_VIDEO = 'Live-video i uplink (drone/kropskamera)';

async function openSlices(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Anmodning og vilkår' }).getByRole('button', { name: 'Slices' }).click();
  const panel = page.getByRole('complementary', { name: 'Slices' });
  await expect(panel).toBeVisible();
  return panel;
}

/** Runs "Beregn" and waits for the worker to finish. */
async function calculate(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Beregn' }).click();
  await expect(panel.getByRole('button', { name: 'Beregn' })).toBeEnabled({ timeout: 30_000 });
  await expect(panel.getByText('Beregner dækning og kapacitet…')).toBeHidden();
}

test('the sample plan asks for 60 MHz with reservations; drone C2 is limited by the uplink', async ({ app: page }) => {
  const panel = await openSlices(page);
  const list = panel.getByRole('list', { name: 'Slices i projektet' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list).toContainText(DRONE_C2);
  await expect(list).toContainText('Missionskritisk video (MCVideo)');

  await calculate(panel);
  const headline = panel.getByRole('group', { name: 'Båndbredde at anmode om' });
  await expect(headline).toContainText('60 MHz');
  await expect(headline).toContainText('med forbehold');

  const table = panel.getByRole('table', { name: 'Resultat pr. slice' });
  const drone = table.getByRole('row', { name: new RegExp(`^${DRONE_C2.replace(/[()]/g, '\\$&')}`) });
  await expect(drone).toContainText('Med forbehold');
  await expect(drone).toContainText('Uplink-kapacitet');
  await expect(drone).toContainText('bredere kanal');
  await expect(drone).toContainText('100 % i 120 m');

  await expect(panel.getByRole('img', { name: 'Behov og kapacitet pr. celle ved 60 MHz (Mbit/s)' })).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Gennemsnitlig spektraleffektivitet/ })).toBeVisible();
  await expect(panel.getByRole('img', { name: 'SINR-fordeling pr. celle (andel af betjente steder)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/slices.png' });
  await panel
    .getByRole('img', { name: 'SINR-fordeling pr. celle (andel af betjente steder)' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/slices-charts.png' });
  await headline.scrollIntoViewIfNeeded();

  // The planned bandwidth goes into the lease request as the top block of the leasable range.
  await headline.getByRole('button', { name: 'Brug i lejeanmodning' }).click();
  await expect(page.getByText('Lejeanmodningen anmoder nu om 3.740–3.800 MHz.')).toBeVisible();

  // The wizard checks the requested block against the fresh plan's bandwidth.
  await page
    .getByRole('toolbar', { name: 'Anmodning og vilkår' })
    .getByRole('button', { name: 'Lejeanmodning' })
    .click();
  const wizard = page.getByRole('dialog', { name: 'Lejeanmodning' });
  await wizard
    .getByRole('navigation', { name: 'Trin' })
    .getByRole('button', { name: /Frekvenser/ })
    .click();
  await expect(wizard.getByLabel('Fra (MHz)')).toHaveValue('3740');
  await wizard.getByLabel('Fra (MHz)').fill('3760');
  await wizard.getByLabel('Fra (MHz)').press('Enter');
  await expect(wizard).toContainText('Slices kræver 60 MHz, men der anmodes om 40 MHz.');
});

test('adding a preset is one undo step; an absurd UL rate makes a slice infeasible', async ({ app: page }) => {
  const panel = await openSlices(page);
  const list = panel.getByRole('list', { name: 'Slices i projektet' });
  await calculate(panel);
  await expect(panel.getByText(/Resultatet er forældet/)).toBeHidden();

  await panel.getByRole('button', { name: 'Tilføj fra skabelon…' }).click();
  const picker = page.getByRole('dialog', { name: 'Tilføj slice fra skabelon' });
  await expect(picker.getByText('ikke verificeret').first()).toBeVisible();
  await picker.getByRole('button', { name: 'Tilføj IoT-sensorer' }).click();
  await expect(picker).toBeHidden();
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list).toContainText('IoT-sensorer');
  await expect(panel.getByText(/Resultatet er forældet/)).toBeVisible();

  await panel.getByRole('heading', { name: 'Slices', exact: true }).click();
  await page.keyboard.press('Control+Z');
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(panel.getByText(/Resultatet er forældet/)).toBeHidden();

  await list.getByRole('button', { name: `Redigér ${LIVE_VIDEO}` }).click();
  const form = panel.getByRole('form', { name: 'Redigér slice' });
  await form.getByLabel('UL garanteret pr. enhed (Mbit/s)').fill('4000');
  await form.getByRole('button', { name: 'Gem slice' }).click();
  // Peak below guaranteed is refused with its location.
  await expect(form.getByRole('alert')).toContainText('ulPerDevice.peakMbps');
  await expect(form.getByRole('alert')).toContainText('Spidsraten må ikke være lavere end den garanterede rate.');
  await form.getByLabel('UL spids pr. enhed (Mbit/s)').fill('8000');
  await form.getByRole('button', { name: 'Gem slice' }).click();
  await expect(form).toBeHidden();
  await expect(list).toContainText('UL 4.000 Mbit/s');
  await expect(panel.getByText(/Resultatet er forældet/)).toBeVisible();

  await calculate(panel);
  const table = panel.getByRole('table', { name: 'Resultat pr. slice' });
  const video = table.getByRole('row', { name: new RegExp(`^${LIVE_VIDEO.replace(/[()/]/g, '\\$&')}`) });
  await expect(video).toContainText('Ikke mulig');
  await expect(video).toContainText('Uplink-kapacitet');
  await expect(panel.getByRole('group', { name: 'Båndbredde at anmode om' })).toContainText(
    'Ingen tilladt båndbredde bærer alle slices.',
  );

  // The edit was one undo step.
  await panel.getByRole('heading', { name: 'Slices', exact: true }).click();
  await page.keyboard.press('Control+Z');
  await expect(list).not.toContainText('UL 4.000 Mbit/s');
});
