import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { writeArrayBuffer } from 'geotiff';
import { pdfText } from '../../helpers/pdftotext';
import { expect, mapRegion, siteList, test } from './fixtures';

/**
 * The user guide's walk (docs/guide/da.md, en.md): from an empty project to an exported lease request, in the real
 * browser build at 1280×800, in Danish and in English. Every label the guide quotes is asserted here, so a changed
 * label fails this test until the guide follows. With GUIDE_SCREENSHOTS=1 it also writes the guide's pictures to
 * docs/guide/img/<lang>/; a normal run only walks and asserts.
 */
const SHOTS = process.env.GUIDE_SCREENSHOTS === '1';
const EXAMPLES = join(import.meta.dirname, '../../../docs/guide/examples');
const IMG = join(import.meta.dirname, '../../../docs/guide/img');

test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 1280, height: 800 }, actionTimeout: 15_000 });

/** Writes a guide picture (the whole window, or the box of `clip` plus `margin` px) when GUIDE_SCREENSHOTS=1. */
async function snap(page: Page, lang: string, name: string, clip?: Locator, margin = 0): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(join(IMG, lang), { recursive: true });
  const path = join(IMG, lang, `${name}.png`);
  // Passing toasts ("Importerede 3 objekter …") would cover the toolbars in the pictures.
  const style = '.toast-region { visibility: hidden; }';
  if (!clip) {
    await page.screenshot({ path, style });
    return shrink(path);
  }
  const box = await clip.boundingBox();
  if (!box) throw new Error(`${name}: nothing to clip`);
  const m = margin;
  const x = Math.max(0, box.x - m);
  const y = Math.max(0, box.y - m);
  await page.screenshot({
    path,
    style,
    clip: { x, y, width: Math.min(1280 - x, box.width + 2 * m), height: Math.min(800 - y, box.height + 2 * m) },
  });
  shrink(path);
}

/** Reduces a picture to 256 colours with ImageMagick when it is installed (a third of the size); else keeps it. */
function shrink(path: string): void {
  try {
    execFileSync('convert', [path, '-dither', 'None', '-colors', '256', `PNG8:${path}`], { stdio: 'ignore' });
  } catch {
    // No ImageMagick: the full-colour PNG stays.
  }
}

/** Clicks the map at a fraction of its width and height (Leaflet reads two quick clicks as a double-click). */
async function clickMap(page: Page, fx: number, fy: number): Promise<void> {
  const box = await mapRegion(page).boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  await page.waitForTimeout(350);
}

/**
 * A DHM/Terræn-like folder of 1 km DTM tiles (named as DHM names them, 20 m pixels instead of 0.4 m) over the area of
 * interest around Rudkøbing and Spodsbjerg: flat 5 m with a 30 m hill in the middle of the island.
 */
function dhmFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'frekvensplan-guide-dhm-'));
  const folder = join(root, 'DHM_Terraen');
  mkdirSync(folder);
  const size = 50;
  for (let eKm = 608; eKm < 619; eKm++)
    for (let nKm = 6086; nKm < 6094; nKm++) {
      const values = new Float32Array(size * size);
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++) {
          const e = eKm * 1000 + (c + 0.5) * 20;
          const n = (nKm + 1) * 1000 - (r + 0.5) * 20;
          values[r * size + c] = 5 + 25 * Math.exp(-((e - 614_000) ** 2 + (n - 6_089_500) ** 2) / 2 / 1500 ** 2);
        }
      const tiff = writeArrayBuffer(values, {
        width: size,
        height: size,
        ModelPixelScale: [20, 20, 0],
        ModelTiepoint: [0, 0, 0, eKm * 1000, (nKm + 1) * 1000, 0],
        GTModelTypeGeoKey: 1,
        GTRasterTypeGeoKey: 1,
        ProjectedCSTypeGeoKey: 25832,
      });
      writeFileSync(join(folder, `DTM_1km_${nKm}_${eKm}.tif`), Buffer.from(tiff));
    }
  return folder;
}

/** Everything the guide names, as each language shows it, and the example data typed in that language's notation. */
const UI = {
  da: {
    inspector: 'Egenskaber',
    close: 'Luk',
    file: 'Filer',
    new: /^Ny/,
    emptyProject: 'Projektet er tomt. Tilføj et site (S), tegn et område (A) eller importér en fil (Ctrl+I).',
    projectName: 'Projektnavn',
    municipality: 'Kommune',
    project: 'Rudkøbing – beredskabets droner',
    drawTools: 'Tegneværktøjer',
    addSite: 'Tilføj site',
    sitePosition: 'Sitets position',
    fireStationAt: '54,9447 10,7196',
    name: 'Navn',
    kind: 'Type',
    fireStation: 'Brandstation',
    antennaHeight: 'Antennehøjde (m)',
    environment: 'Miljø',
    uma: 'UMa – by, makro',
    addCell: 'Tilføj celle',
    cell: (n: number) => `Celle ${n}`,
    azimuth: 'Azimut (°)',
    eirpLimit: 'Grænse: 68 dBm/5 MHz (ikke verificeret)',
    antenna: 'Antenne',
    verticalBeam: 'Lodret halvværdibredde (°)',
    importDialog: 'Importér data',
    importButton: 'Importér',
    importedToast: 'Importerede 3 objekter fra sites.csv',
    areaKind: 'Områdetype',
    interest: 'Interesseområde',
    lease: 'Lejeområde',
    incident: 'Hændelsesområde',
    drawArea: 'Tegn område',
    zoomOut: 'Zoom ud',
    point: 'Punkt (koordinat)',
    interestCorners: '54,915 10,690; 54,915 10,850; 54,980 10,850; 54,980 10,690',
    incidentCorners: '54,935 10,700; 54,935 10,745; 54,958 10,745; 54,958 10,700',
    finish: (n: number) => `Afslut (${n})`,
    areaSize: 'Areal (EPSG:25832)',
    interestName: 'Rudkøbing og Spodsbjerg',
    leaseName: 'Lejeområde Rudkøbing',
    incidentName: 'Droneområde Rudkøbing',
    interestList: 'Interesseområder',
    analysis: 'Dækning og link',
    coverage: 'Dækning',
    run: 'Beregn dækning',
    rerun: 'Beregn igen',
    progress: 'Fremdrift for dækningsberegning',
    legend: 'Signaldækning RSRP (dBm)',
    gapLegend: 'Dækningshul (under −110 dBm)',
    shares: 'Dækning pr. tærskel',
    perCell: 'Betjent areal pr. celle',
    sitesWithout: /^Sites uden dækning/,
    stale: 'Forældet',
    allCovered: 'Alle sites er dækket.',
    loadFolder: 'Indlæs mappe med fliser…',
    loadFiles: 'Indlæs filer (GeoTIFF/VRT)…',
    coverageSettings: [
      'Opløsning (m)',
      'Modtagerhøjde (m)',
      'Modtagere',
      'Belastning (%)',
      'LOS-model',
      'Støjtal, UE (dB)',
      'RSRP god (dBm)',
      'RSRP kant (dBm)',
      'SINR-tærskel (dB)',
    ],
    planning: 'Planlægning',
    planningItems: ['Panelet Dækning', 'Lejeanmodning…'],
    duplicate: 'Dupliker og redigér',
    formats: [
      'PDF',
      'Word (DOCX)',
      'JSON (maskinlæsbar)',
      'GeoJSON (lejeområde og celler)',
      'Tjekliste til ansøger (PDF, sendes ikke)',
    ],
    docLang: 'Dokumentets sprog',
    terrainDialog: 'Terrænmodel: DHM_Terraen',
    dtmHelp: 'Terræn (DTM) er bar jord',
    useTerrain: 'Brug som terrænmodel',
    terrainLine: 'DTM: DHM_Terraen, 88 filer à 20 m',
    terrainResult: /^Terrænmodel: DTM, 88 fliser, \d+,\d % af området dækket$/,
    removeDtm: 'Fjern DTM',
    link: 'Linkberegner',
    linkCell: 'Celle',
    linkCellName: 'Langeland Brandvæsen – sektor 2 (120°)',
    target: 'Målposition',
    targetAt: '54,9300 10,7800',
    setTarget: 'Sæt position',
    pathLoss: 'Vejtab',
    profile: /^Terrænprofil fra Langeland Brandvæsen til målet, 4,\d\d km$/,
    calibration: 'Kalibrering',
    notCalibrated: 'Projektet er ikke kalibreret.',
    importMeasurements: 'Importér målinger (CSV)…',
    requestTools: 'Anmodning og vilkår',
    slices: 'Slices',
    addPreset: 'Tilføj fra skabelon…',
    picker: 'Tilføj slice fra skabelon',
    droneC2: 'Drone: styring og kontrol (C2) uden for synsvidde',
    liveVideo: 'Live-video i uplink (drone/kropskamera)',
    add: (name: string) => `Tilføj ${name}`,
    edit: (name: string) => `Redigér ${name}`,
    sliceForm: 'Redigér slice',
    saveSlice: 'Gem slice',
    calculate: 'Beregn',
    calculating: 'Beregner dækning og kapacitet…',
    headline: 'Båndbredde at anmode om',
    sliceTable: 'Resultat pr. slice',
    feasible: 'Mulig',
    infeasible: 'Ikke mulig',
    noBandwidth: 'Ingen tilladt båndbredde bærer alle slices.',
    deviceCount: 'Antal enheder',
    ulCapacity: 'Uplink-kapacitet',
    useInRequest: 'Brug i lejeanmodning',
    usedInRequest: 'Lejeanmodningen anmoder nu om 3.750–3.800 MHz.',
    terms: 'Vilkår',
    termsProfile: 'Vilkårsprofil',
    leasable: 'lejbart frekvensområde',
    unverified: 'ikke verificeret',
    verified: 'verificeret',
    unpublished: 'ikke offentliggjort',
    wizard: 'Lejeanmodning',
    steps: 'Trin',
    step: {
      requester: 'Ansøger',
      area: 'Område',
      spectrum: 'Frekvenser',
      period: 'Periode',
      cells: 'Celler',
      review: 'Gennemse',
      export: 'Eksportér',
    },
    next: 'Næste',
    findings: 'Kontrol mod vilkår',
    blocking: 'Blokerende',
    cvrMissing: 'CVR-nummer mangler.',
    carrierOutside: /Langeland Brandvæsen \(0°\) sender på 3\.670–3\.730 MHz/,
    exportRefused: /^Anmodningen har blokerende fund/,
    requester: {
      'Ansøger (navn)': 'Langeland Kommune',
      'CVR-nummer': '29189579',
      'EAN-nummer (fakturering)': '5798000420571',
      Kontaktperson: 'Mette Hansen',
      'E-mail': 'mette.hansen@langelandkommune.dk',
      Telefon: '63 51 60 00',
      Adresse: 'Fredensvej 1, 5900 Rudkøbing',
      'Sagsnummer (jeres reference)': '24.10.00-P20-3-26',
      Formål: 'Privat 5G-net til beredskabets droner og live-video ved Rudkøbing.',
    },
    preview: 'Forhåndsvisning af anmodningen',
    leaseArea: 'Lejeområde',
    from: 'Fra (MHz)',
    periodFrom: 'Periode fra',
    cellsTable: 'Celler i anmodningen',
    tuneCells: 'Læg cellerne i det anmodede område',
    noBlocking: 'Ingen blokerende fund.',
    unsized: 'Projektets slices er ikke dimensioneret',
    exportButton: 'Eksportér',
    markDraft: 'Eksportér som udkast (UDKAST)',
    checklist: 'Tjekliste til ansøger (PDF, sendes ikke)',
    pdfName: /^lejeanmodning-langeland-\d{4}-\d\d-\d\d\.pdf$/,
    pdfTitle: 'Anmodning om leje af frekvenser i 3,5 GHz-båndet til privat 5G-net',
    checklistTitle: 'Tjekliste',
  },
  en: {
    inspector: 'Inspector',
    close: 'Close',
    file: 'File',
    new: /^New/,
    emptyProject: 'The project is empty. Add a site (S), draw an area (A) or import a file (Ctrl+I).',
    projectName: 'Project name',
    municipality: 'Municipality',
    project: 'Rudkøbing – emergency drones',
    drawTools: 'Drawing tools',
    addSite: 'Add site',
    sitePosition: 'Site position',
    fireStationAt: '54.9447, 10.7196',
    name: 'Name',
    kind: 'Kind',
    fireStation: 'Fire station',
    antennaHeight: 'Antenna height (m)',
    environment: 'Environment',
    uma: 'UMa – urban macro',
    addCell: 'Add cell',
    cell: (n: number) => `Cell ${n}`,
    azimuth: 'Azimuth (°)',
    eirpLimit: 'Limit: 68 dBm/5 MHz (unverified)',
    antenna: 'Antenna',
    verticalBeam: 'Vertical half-power beamwidth (°)',
    importDialog: 'Import data',
    importButton: 'Import',
    importedToast: 'Imported 3 objects from sites.csv',
    areaKind: 'Area kind',
    interest: 'Area of interest',
    lease: 'Lease area',
    incident: 'Incident area',
    drawArea: 'Draw area',
    zoomOut: 'Zoom out',
    point: 'Point (coordinate)',
    interestCorners: '54.915, 10.690; 54.915, 10.850; 54.980, 10.850; 54.980, 10.690',
    incidentCorners: '54.935, 10.700; 54.935, 10.745; 54.958, 10.745; 54.958, 10.700',
    finish: (n: number) => `Finish (${n})`,
    areaSize: 'Area (EPSG:25832)',
    interestName: 'Rudkøbing and Spodsbjerg',
    leaseName: 'Lease area Rudkøbing',
    incidentName: 'Drone area Rudkøbing',
    interestList: 'Areas of interest',
    analysis: 'Coverage and link',
    coverage: 'Coverage',
    run: 'Calculate coverage',
    rerun: 'Calculate again',
    progress: 'Coverage calculation progress',
    legend: 'Signal coverage RSRP (dBm)',
    gapLegend: 'Coverage gap (below -110 dBm)',
    shares: 'Coverage per threshold',
    perCell: 'Served area per cell',
    sitesWithout: /^Sites without coverage/,
    stale: 'Stale',
    allCovered: 'All sites are covered.',
    loadFolder: 'Load folder of tiles…',
    loadFiles: 'Load files (GeoTIFF/VRT)…',
    coverageSettings: [
      'Resolution (m)',
      'Receiver height (m)',
      'Receivers',
      'Load (%)',
      'LOS model',
      'UE noise figure (dB)',
      'RSRP good (dBm)',
      'RSRP edge (dBm)',
      'SINR threshold (dB)',
    ],
    planning: 'Planning',
    planningItems: ['Coverage panel', 'Lease request…'],
    duplicate: 'Duplicate and edit',
    formats: [
      'PDF',
      'Word (DOCX)',
      'JSON (machine-readable)',
      'GeoJSON (lease area and cells)',
      'Checklist for the requester (PDF, not sent)',
    ],
    docLang: 'Document language',
    terrainDialog: 'Terrain model: DHM_Terraen',
    dtmHelp: 'Terrain (DTM) is bare earth',
    useTerrain: 'Use as terrain model',
    terrainLine: 'DTM: DHM_Terraen, 88 files at 20 m',
    terrainResult: /^Terrain model: DTM, 88 tiles, \d+\.\d % of the area covered$/,
    removeDtm: 'Remove DTM',
    link: 'Link calculator',
    linkCell: 'Cell',
    linkCellName: 'Langeland Brandvæsen – sector 2 (120°)',
    target: 'Target position',
    targetAt: '54.9300, 10.7800',
    setTarget: 'Set position',
    pathLoss: 'Path loss',
    profile: /^Terrain profile from Langeland Brandvæsen to the target, 4\.\d\d km$/,
    calibration: 'Calibration',
    notCalibrated: 'The project is not calibrated.',
    importMeasurements: 'Import measurements (CSV)…',
    requestTools: 'Request and terms',
    slices: 'Slices',
    addPreset: 'Add from preset…',
    picker: 'Add a slice from a preset',
    droneC2: 'Drone command and control (C2), BVLOS',
    liveVideo: 'Live video uplink (drone/body-cam)',
    add: (name: string) => `Add ${name}`,
    edit: (name: string) => `Edit ${name}`,
    sliceForm: 'Edit slice',
    saveSlice: 'Save slice',
    calculate: 'Calculate',
    calculating: 'Calculating coverage and capacity…',
    headline: 'Bandwidth to request',
    sliceTable: 'Result per slice',
    feasible: 'Feasible',
    infeasible: 'Infeasible',
    noBandwidth: 'No allowed bandwidth carries all slices.',
    deviceCount: 'Number of devices',
    ulCapacity: 'Uplink capacity',
    useInRequest: 'Use in lease request',
    usedInRequest: 'The lease request now asks for 3,750–3,800 MHz.',
    terms: 'Terms',
    termsProfile: 'Terms profile',
    leasable: 'leasable range',
    unverified: 'unverified',
    verified: 'verified',
    unpublished: 'not published',
    wizard: 'Lease request',
    steps: 'Steps',
    step: {
      requester: 'Requester',
      area: 'Area',
      spectrum: 'Spectrum',
      period: 'Period',
      cells: 'Cells',
      review: 'Review',
      export: 'Export',
    },
    next: 'Next',
    findings: 'Compliance findings',
    blocking: 'Blocking',
    cvrMissing: 'CVR number is missing.',
    carrierOutside: /Langeland Brandvæsen \(0°\) transmits on 3,670–3,730 MHz/,
    exportRefused: /^The request has blocking findings/,
    requester: {
      'Requester (name)': 'Langeland Kommune',
      'CVR number': '29189579',
      'EAN number (invoicing)': '5798000420571',
      'Contact person': 'Mette Hansen',
      Email: 'mette.hansen@langelandkommune.dk',
      Phone: '+45 63 51 60 00',
      Address: 'Fredensvej 1, 5900 Rudkøbing',
      'Case reference (yours)': '24.10.00-P20-3-26',
      Purpose: 'Private 5G network for the fire service’s drones and live video at Rudkøbing.',
    },
    preview: 'Request preview',
    leaseArea: 'Lease area',
    from: 'From (MHz)',
    periodFrom: 'Period from',
    cellsTable: 'Cells in the request',
    tuneCells: 'Put the cells in the requested range',
    noBlocking: 'No blocking findings.',
    unsized: "The project's slices are not sized",
    exportButton: 'Export',
    markDraft: 'Export as draft (DRAFT)',
    checklist: 'Checklist for the requester (PDF, not sent)',
    pdfName: /^lease-request-langeland-\d{4}-\d\d-\d\d\.pdf$/,
    pdfTitle: 'Request to lease 3.5 GHz spectrum for a private 5G network',
    checklistTitle: 'Checklist',
  },
} as const;

type Lang = keyof typeof UI;
type Ui = (typeof UI)[Lang];

async function runCoverage(panel: Locator, ui: Ui): Promise<void> {
  await panel.getByRole('button', { name: ui.run }).click();
  await expect(panel.getByRole('progressbar', { name: ui.progress })).toHaveAttribute('aria-valuenow', '100', {
    timeout: 120_000,
  });
  await expect(panel.getByRole('button', { name: ui.run })).toBeEnabled();
}

/** Types the corners of an area of `kind` into the drawing tool's point field and names the new area. */
async function typedArea(page: Page, lang: Lang, kind: string, corners: string, name: string): Promise<void> {
  const ui: Ui = UI[lang];
  const tools = page.getByRole('toolbar', { name: ui.drawTools });
  await tools.getByLabel(ui.areaKind).selectOption({ label: kind });
  await tools.getByRole('button', { name: ui.drawArea }).click();
  await page.getByLabel(ui.point).fill(corners);
  await page.getByLabel(ui.point).press('Enter');
  await expect(tools.getByRole('button', { name: ui.finish(4) })).toBeVisible();
  if (kind === ui.interest) await snap(page, lang, '06-typed-area');
  await page.getByLabel(ui.point).press('Enter');
  const inspector = page.getByRole('complementary', { name: ui.inspector });
  await inspector.getByLabel(ui.name).fill(name);
  await inspector.getByLabel(ui.name).press('Enter');
}

/** Saves a download and returns its file name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await click();
  const done = await pending;
  return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
}

/** Renders a PDF's first pages side by side to the guide's pictures (poppler's pdftoppm) when GUIDE_SCREENSHOTS=1. */
function pdfPicture(bytes: Buffer, lang: string, name: string, pages: number): void {
  if (!SHOTS) return;
  const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-guide-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      String(pages),
      join(dir, 'doc.pdf'),
      join(dir, 'p'),
    ]);
    const target = join(IMG, lang, `${name}.png`);
    const files = readdirSync(dir)
      .filter((f) => f.startsWith('p') && f.endsWith('.png'))
      .sort()
      .map((f) => join(dir, f));
    try {
      execFileSync('convert', [...files, '-bordercolor', '#9aa3ad', '-border', '1', '+append', target]);
    } catch {
      copyFileSync(files[0] as string, target);
    }
    shrink(target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const lang of ['da', 'en'] as const) {
  test.describe(`guide (${lang})`, () => {
    test.use({ locale: lang === 'da' ? 'da-DK' : 'en-GB' });

    test(`the guide's walk from an empty project to an exported lease request (${lang})`, async ({ app: page }) => {
      const ui: Ui = UI[lang];
      const shot = (name: string, clip?: Locator) => snap(page, lang, name, clip);
      const inspector = page.getByRole('complementary', { name: ui.inspector });
      const tools = page.getByRole('toolbar', { name: ui.drawTools });

      // 1. A new, empty project, named in the inspector.
      await page.getByRole('menuitem', { name: ui.file }).click();
      await page.getByRole('menuitem', { name: ui.new }).click();
      await expect(page.getByText(ui.emptyProject)).toBeVisible();
      await inspector.getByLabel(ui.projectName).fill(ui.project);
      await inspector.getByLabel(ui.projectName).press('Enter');
      await inspector.getByLabel(ui.municipality).fill('Langeland Kommune (482)');
      await inspector.getByLabel(ui.municipality).press('Enter');
      await shot('01-new-project');
      await page.getByRole('menuitem', { name: ui.planning }).click();
      for (const item of ui.planningItems)
        await expect(
          page.getByRole('menuitemcheckbox', { name: item }).or(page.getByRole('menuitem', { name: item })),
        ).toBeVisible();
      await page.keyboard.press('Escape');

      // 2. A site from a typed position; its kind, height and environment; three sector cells.
      await tools.getByRole('button', { name: ui.addSite }).click();
      await page.getByLabel(ui.sitePosition).fill(ui.fireStationAt);
      await shot('02-typed-site');
      await page.getByLabel(ui.sitePosition).press('Enter');
      await expect(siteList(page).getByRole('button')).toHaveCount(1);
      await inspector.getByLabel(ui.name).fill('Langeland Brandvæsen');
      await inspector.getByLabel(ui.name).press('Enter');
      await inspector.getByLabel(ui.kind, { exact: true }).selectOption({ label: ui.fireStation });
      await inspector.getByLabel(ui.antennaHeight).fill('30');
      await inspector.getByLabel(ui.antennaHeight).press('Enter');
      await inspector.getByLabel(ui.environment).selectOption({ label: ui.uma });
      await shot('03-site');
      for (let i = 0; i < 3; i++) await inspector.getByRole('button', { name: ui.addCell }).click();
      const third = inspector.getByRole('group', { name: ui.cell(3) });
      await expect(third.getByLabel(ui.azimuth)).toHaveValue('240');
      await expect(third.getByText(ui.eirpLimit)).toBeVisible();
      const first = inspector.getByRole('group', { name: ui.cell(1) });
      await first.getByText(ui.antenna, { exact: true }).click();
      await expect(first.getByLabel(ui.verticalBeam)).toHaveValue('10');
      await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('04-cells', inspector);

      // 3. Three more sites from a Danish Excel CSV, through the import preview.
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Control+I');
      await (await chooser).setFiles(join(EXAMPLES, 'sites.csv'));
      const dialog = page.getByRole('dialog', { name: ui.importDialog });
      await expect(dialog.getByRole('status', { name: 'Sites', exact: true })).toHaveText('3');
      await shot('05-import-preview');
      await dialog.getByRole('button', { name: ui.importButton, exact: true }).click();
      await expect(page.getByText(ui.importedToast)).toBeVisible();
      await expect(siteList(page).getByRole('button')).toHaveCount(4);
      // Cells on the imported sites: two sectors at Tullebølle, one omni cell at Spodsbjerg.
      await siteList(page).getByRole('button', { name: 'Tullebølle Vandværk' }).click();
      await expect(inspector.getByLabel(ui.kind, { exact: true })).toHaveValue('water-works');
      for (let i = 0; i < 2; i++) await inspector.getByRole('button', { name: ui.addCell }).click();
      await siteList(page).getByRole('button', { name: 'Spodsbjerg Færgehavn' }).click();
      await inspector.getByRole('button', { name: ui.addCell }).click();
      const omni = inspector.getByRole('group', { name: ui.cell(1) }).getByLabel(ui.azimuth);
      await omni.fill('');
      await omni.press('Enter');

      // 4. The area of interest and the incident area from typed corners, the lease area drawn on the map.
      await typedArea(page, lang, ui.interest, ui.interestCorners, ui.interestName);
      await expect(inspector.getByRole('status', { name: ui.areaSize })).toHaveText(/^74[,.]\d\d km²$/);
      // One step out, so the lease area can be drawn around the area of interest, clear of the toolbars.
      await mapRegion(page).getByRole('button', { name: ui.zoomOut }).click();
      await tools.getByLabel(ui.areaKind).selectOption({ label: ui.lease });
      await tools.getByRole('button', { name: ui.drawArea }).click();
      for (const [fx, fy] of [
        [0.31, 0.36],
        [0.69, 0.36],
        [0.69, 0.66],
        [0.31, 0.66],
      ] as const)
        await clickMap(page, fx, fy);
      await expect(tools.getByRole('button', { name: ui.finish(4) })).toBeVisible();
      await page.keyboard.press('Enter');
      await inspector.getByLabel(ui.name).fill(ui.leaseName);
      await inspector.getByLabel(ui.name).press('Enter');
      await shot('07-lease-area');
      await typedArea(page, lang, ui.incident, ui.incidentCorners, ui.incidentName);

      // 5. Coverage over the area of interest: legend, statistics, sites without coverage; an edit makes it stale.
      await page.getByRole('list', { name: ui.interestList }).getByRole('button', { name: ui.interestName }).click();
      await page.getByRole('toolbar', { name: ui.analysis }).getByRole('button', { name: ui.coverage }).click();
      const panel = page.getByRole('complementary', { name: ui.coverage });
      for (const label of ui.coverageSettings) await expect(panel.getByLabel(label, { exact: true })).toBeVisible();
      await expect(panel.getByRole('button', { name: ui.loadFiles })).toBeVisible();
      await runCoverage(panel, ui);
      await expect(page.getByRole('region', { name: ui.legend })).toContainText(ui.gapLegend);
      await expect(panel.getByRole('table', { name: ui.perCell }).getByRole('row')).toHaveCount(7);
      const uncovered = panel.getByRole('heading', { name: ui.sitesWithout });
      await expect(uncovered).toBeVisible();
      const harbour = panel.getByRole('button', { name: /^Rudkøbing Havn \([−-]\d+[,.]\d dBm\)$/ });
      await expect(harbour).toBeVisible();
      await panel.getByRole('table', { name: ui.shares }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('08-coverage');
      // Rudkøbing Havn gets an omni cell: the result is stale until it is calculated again.
      await harbour.click();
      await panel.getByRole('button', { name: ui.close }).click();
      await inspector.getByRole('button', { name: ui.addCell }).click();
      await inspector
        .getByRole('group', { name: ui.cell(1) })
        .getByLabel(ui.azimuth)
        .fill('');
      await inspector
        .getByRole('group', { name: ui.cell(1) })
        .getByLabel(ui.azimuth)
        .press('Enter');
      await expect(page.getByRole('region', { name: ui.legend }).getByText(ui.stale)).toBeVisible();
      await page.getByRole('list', { name: ui.interestList }).getByRole('button', { name: ui.interestName }).click();
      await page.getByRole('toolbar', { name: ui.analysis }).getByRole('button', { name: ui.coverage }).click();
      await expect(panel.getByRole('button', { name: ui.rerun })).toBeVisible();
      await snap(page, lang, '09-stale', page.getByRole('region', { name: ui.legend }), 4);
      await runCoverage(panel, ui);
      await expect(panel.getByText(ui.allCovered)).toBeVisible();

      // 6. Terrain: a folder of DHM tiles; the run with it; the link calculator's profile over it.
      const folder = dhmFolder();
      try {
        const tiles = page.waitForEvent('filechooser');
        await panel.getByRole('button', { name: ui.loadFolder }).click();
        await (await tiles).setFiles(folder);
        const terrain = page.getByRole('dialog', { name: ui.terrainDialog });
        await expect(terrain.getByRole('heading', { name: 'DTM' })).toBeVisible({ timeout: 60_000 });
        await expect(terrain).toContainText(ui.dtmHelp);
        await snap(page, lang, '10-terrain-dialog', terrain, 4);
        await terrain.getByRole('button', { name: ui.useTerrain }).click();
        await expect(panel.getByText(ui.terrainLine)).toBeVisible();
        await runCoverage(panel, ui);
        await expect(panel.getByText(ui.terrainResult)).toBeVisible();

        // 7. The link calculator: a drone at 120 m over the hill, with the terrain profile.
        await page.getByRole('toolbar', { name: ui.analysis }).getByRole('button', { name: ui.link }).click();
        const link = page.getByRole('complementary', { name: ui.link });
        await link.getByLabel(ui.linkCell, { exact: true }).selectOption({ label: ui.linkCellName });
        await link.getByLabel(ui.target).fill(ui.targetAt);
        await link.getByRole('button', { name: ui.setTarget }).click();
        await expect(link.getByText(ui.pathLoss)).toBeVisible();
        await expect(link.getByRole('img', { name: ui.profile })).toBeVisible();
        await shot('11-link');
        await page.getByRole('toolbar', { name: ui.analysis }).getByRole('button', { name: ui.coverage }).click();
        await panel.getByRole('button', { name: ui.removeDtm }).click();
      } finally {
        rmSync(join(folder, '..'), { recursive: true, force: true });
      }

      // 8. Calibration is where measurements come in (not part of this walk).
      await page.getByRole('toolbar', { name: ui.analysis }).getByRole('button', { name: ui.calibration }).click();
      const calibration = page.getByRole('complementary', { name: ui.calibration });
      await expect(calibration.getByText(ui.notCalibrated)).toBeVisible();
      await expect(calibration.getByRole('button', { name: ui.importMeasurements })).toBeVisible();

      // 9. Slices from presets, served in the drone area, sized against the terms profile.
      const requestTools = page.getByRole('toolbar', { name: ui.requestTools });
      await requestTools.getByRole('button', { name: ui.slices }).click();
      const slices = page.getByRole('complementary', { name: ui.slices });
      const picker = page.getByRole('dialog', { name: ui.picker });
      for (const preset of [ui.droneC2, ui.liveVideo]) {
        await slices.getByRole('button', { name: ui.addPreset }).click();
        await expect(picker.getByText(ui.unverified).first()).toBeVisible();
        if (preset === ui.droneC2) await snap(page, lang, '12-slice-presets', picker, 4);
        await picker.getByRole('button', { name: ui.add(preset) }).click();
      }
      for (const preset of [ui.droneC2, ui.liveVideo]) {
        await slices.getByRole('button', { name: ui.edit(preset) }).click();
        const form = slices.getByRole('form', { name: ui.sliceForm });
        await form.getByRole('checkbox', { name: ui.incidentName }).check();
        if (preset === ui.droneC2) {
          await form.getByRole('checkbox', { name: ui.incidentName }).scrollIntoViewIfNeeded();
          await shot('13-slice-area', slices);
        }
        await form.getByRole('button', { name: ui.saveSlice }).click();
        await expect(form).toBeHidden();
      }
      const calculate = async () => {
        await slices.getByRole('button', { name: ui.calculate }).click();
        await expect(slices.getByRole('button', { name: ui.calculate })).toBeEnabled({ timeout: 120_000 });
        await expect(slices.getByText(ui.calculating)).toBeHidden();
      };
      await calculate();
      const headline = slices.getByRole('group', { name: ui.headline });
      await expect(headline).toContainText(ui.noBandwidth);
      const droneRow = slices.getByRole('table', { name: ui.sliceTable }).getByRole('row').nth(1);
      await expect(droneRow).toContainText(ui.infeasible);
      await expect(droneRow).toContainText(ui.ulCapacity);
      // One video source instead of two: the uplink has room.
      await slices.getByRole('button', { name: ui.edit(ui.liveVideo) }).click();
      await slices.getByRole('form', { name: ui.sliceForm }).getByLabel(ui.deviceCount).fill('1');
      await slices.getByRole('form', { name: ui.sliceForm }).getByRole('button', { name: ui.saveSlice }).click();
      await calculate();
      await expect(headline).toContainText('50 MHz');
      await expect(droneRow).toContainText(ui.feasible);
      await headline.scrollIntoViewIfNeeded();
      await shot('14-slices');
      await headline.getByRole('button', { name: ui.useInRequest }).click();
      await expect(page.getByText(ui.usedInRequest)).toBeVisible();

      // 10. The terms profile: every value with its source and state.
      await requestTools.getByRole('button', { name: ui.terms }).click();
      const terms = page.getByRole('complementary', { name: ui.terms });
      await expect(terms.getByLabel(ui.termsProfile).locator('option:checked')).toHaveText(/TT-Net/);
      const leasable = terms.getByRole('group', { name: ui.leasable });
      await expect(leasable).toContainText(ui.unverified);
      await expect(terms.getByRole('button', { name: ui.duplicate })).toBeVisible();
      await shot('15-terms');

      // 11. The lease-request wizard: blocking findings first, then each step.
      await requestTools.getByRole('button', { name: ui.wizard }).click();
      const wizard = page.getByRole('dialog', { name: ui.wizard });
      const stepButton = (name: string) =>
        wizard.getByRole('navigation', { name: ui.steps }).getByRole('button', { name: new RegExp(name) });
      const findings = wizard.getByRole('list', { name: ui.findings });
      await stepButton(ui.step.review).click();
      await expect(findings.getByRole('listitem').filter({ hasText: ui.cvrMissing })).toContainText(ui.blocking);
      await expect(findings.getByRole('listitem').filter({ hasText: ui.carrierOutside })).toContainText(ui.blocking);
      await shot('16-review-blocking');
      await stepButton(ui.step.export).click();
      await expect(wizard.getByRole('button', { name: ui.exportButton, exact: true })).toBeDisabled();
      await expect(wizard.getByText(ui.exportRefused)).toBeVisible();

      await stepButton(ui.step.requester).click();
      for (const [label, value] of Object.entries(ui.requester))
        await wizard.getByLabel(label, { exact: true }).fill(value);
      const preview = wizard.getByRole('article', { name: ui.preview });
      await expect(preview).toContainText('29189579');
      await shot('17-requester');
      const next = async (step: string) => {
        await wizard.getByRole('button', { name: ui.next }).click();
        await expect(stepButton(step)).toHaveAttribute('aria-current', 'step');
      };
      await next(ui.step.area);
      await expect(wizard.getByLabel(ui.leaseArea).locator('option:checked')).toHaveText(ui.leaseName);
      await next(ui.step.spectrum);
      await expect(wizard.getByLabel(ui.from)).toHaveValue('3750');
      await next(ui.step.period);
      await expect(wizard.getByLabel(ui.periodFrom)).toBeVisible();
      await next(ui.step.cells);
      await wizard.getByRole('button', { name: ui.tuneCells }).click();
      await expect(wizard.getByRole('table', { name: ui.cellsTable })).not.toContainText('3.700,0 MHz');
      await expect(wizard.getByRole('table', { name: ui.cellsTable })).not.toContainText('3,700.0 MHz');
      await shot('18-cells');
      await next(ui.step.review);
      await expect(wizard.getByText(ui.noBlocking)).toBeVisible();
      // Lining up the cells changed them: the wizard plans the slices again, then checks the bandwidth.
      await expect(findings).not.toContainText(ui.unsized, { timeout: 60_000 });
      await shot('19-review');
      await next(ui.step.export);
      const exportButton = wizard.getByRole('button', { name: ui.exportButton, exact: true });
      await expect(exportButton).toBeEnabled();
      for (const format of ui.formats)
        await expect(wizard.getByRole('radio', { name: format, exact: true })).toBeVisible();
      await expect(wizard.getByLabel(ui.docLang)).toBeVisible();
      await shot('20-export');

      // 12. The documents: the letter as PDF and the requester's checklist.
      const pdf = await download(page, () => exportButton.click());
      expect(pdf.name).toMatch(ui.pdfName);
      const letter = pdfText(pdf.bytes);
      expect(letter.replace(/\s+/g, ' ')).toContain(ui.pdfTitle);
      expect(letter).toContain('29189579');
      expect(letter).not.toMatch(/UDKAST|DRAFT/);
      pdfPicture(pdf.bytes, lang, '21-request-pdf', 2);
      await wizard.getByRole('radio', { name: ui.checklist }).check();
      const checklist = await download(page, () => exportButton.click());
      expect(pdfText(checklist.bytes)).toContain(ui.checklistTitle);
      pdfPicture(checklist.bytes, lang, '22-checklist-pdf', 1);

      // 13. Save the project (the browser build downloads it; the desktop app asks where).
      await wizard.getByRole('button', { name: ui.close, exact: true }).click();
      const saved = await download(page, () => page.keyboard.press('Control+S'));
      expect(saved.name).toMatch(/\.frekvensplan$/);
      const project = JSON.parse(saved.bytes.toString('utf8')) as {
        sites: unknown[];
        areas: unknown[];
        slices: unknown[];
      };
      expect([project.sites.length, project.areas.length, project.slices.length]).toEqual([4, 3, 2]);
    });
  });
}
