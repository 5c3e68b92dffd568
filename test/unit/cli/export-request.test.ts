import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaseRequestJsonSchema } from '../../../core/request';
import { hasOgrinfo, ogrFeatureCount } from '../../helpers/ogr';
import { hasPdftotext, pdfText } from '../../helpers/pdftotext';
import { runCli } from '../../helpers/cli';

const root = join(__dirname, '../../..');
const sample = join(root, 'data/samples/langeland.frekvensplan');
const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-cli-'));

/** The sample with the requester data the wizard would collect. */
const complete = join(dir, 'complete.frekvensplan');
const doc = JSON.parse(readFileSync(sample, 'utf8'));
doc.request.requester = {
  ...doc.request.requester,
  cvr: '12345674',
  ean: '5798000420571',
  contactName: 'Anne Planlægger',
  contactEmail: 'plan@langeland.example',
};
// The sample's cells transmit at 3700 MHz ± 30 MHz; line them up with the requested 3740–3800 MHz.
for (const site of doc.sites)
  for (const cell of site.cells) Object.assign(cell, { frequencyMHz: 3770, bandwidthMHz: 60 });
writeFileSync(complete, JSON.stringify(doc));

/** `request <project> --terms dk-tt-2021 --format <format> --out <out> …extra`. */
const requestArgs = (project: string, format: string, out: string, ...extra: string[]) => [
  'request',
  project,
  '--terms',
  'dk-tt-2021',
  '--format',
  format,
  '--out',
  out,
  ...extra,
];

describe('frekvensplan export', () => {
  it.each(['geojson', 'kml', 'csv'])('writes %s', async (format) => {
    const out = join(dir, `plan.${format}`);
    const r = await runCli(['export', sample, '--format', format, '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, format, sites: 9 });
    expect(readFileSync(out).length).toBeGreaterThan(100);
  });

  it.runIf(hasOgrinfo())('writes GeoJSON and KML that GDAL reads with every object', async () => {
    for (const format of ['geojson', 'kml']) {
      const out = join(dir, `gdal.${format}`);
      await runCli(['export', sample, '--format', format, '--out', out]);
      expect(ogrFeatureCount(`check.${format}`, readFileSync(out, 'utf8'))).toBe(9 + 3 + 1);
    }
  });

  it('exits 2 without --out and 1 for a missing output folder', async () => {
    expect((await runCli(['export', sample, '--format', 'kml'])).code).toBe(2);
    const r = await runCli(['export', sample, '--format', 'kml', '--out', join(dir, 'no/such/folder/x.kml')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('does not exist');
  });
});

describe('frekvensplan request', () => {
  it('refuses the sample as it ships: cells outside the requested range and missing requester data (exit 1)', async () => {
    const r = await runCli(requestArgs(sample, 'pdf', join(dir, 'x.pdf'), '--date', '2026-11-29'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('CVR number is missing');
    expect(r.err).toContain('Langeland Brandvæsen, Rudkøbing (0°) transmits on 3,670–3,730 MHz');
  });

  it('exports a draft anyway with --draft', async () => {
    const out = join(dir, 'draft.json');
    const r = await runCli(requestArgs(sample, 'json', out, '--date', '2026-11-29', '--draft'));
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).draft).toBe(true);
  });

  it('writes JSON with the promised fields, valid against its schema', async () => {
    const out = join(dir, 'request.json');
    const r = await runCli(requestArgs(complete, 'json', out, '--date', '2026-11-29'));
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(leaseRequestJsonSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      draft: false,
      frequencyMHz: { from: 3740, to: 3800 },
      bandwidthMHz: 60,
      period: { from: '2026-12-01', to: '2042-01-31' },
      fee: null,
      formatVersion: 2,
    });
    expect(json.areaKm2).toBeGreaterThan(100);
    expect(json.findings.map((f: { id: string }) => f.id)).toContain('window.after-obligation-window');
  });

  it.runIf(hasPdftotext())('writes a Danish PDF that pdftotext reads', async () => {
    const out = join(dir, 'request.pdf');
    const r = await runCli(requestArgs(complete, 'pdf', out, '--date', '2026-11-29', '--lang', 'da'), 'da');
    expect(r.code).toBe(0);
    const text = pdfText(readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain('Anmodning om leje af frekvenser i 3,5 GHz-båndet til privat 5G-net');
    expect(text).toContain('Anmodningen er derfor en anmodning om frivillig, kommerciel leje.');
  });

  it('computes the BNetzA fee for a German profile', async () => {
    const out = join(dir, 'de.json');
    const r = await runCli([
      'request',
      complete,
      '--terms',
      'de-bnetza-3700',
      '--format',
      'json',
      '--out',
      out,
      '--date',
      '2026-11-29',
      '--draft',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.fee.currency).toBe('EUR');
    expect(json.fee.formula).toContain('1000 + B·t·5·(6·a1 + 1·a2)');
    expect(json.lang).toBe('de');
  });

  it('exits 2 for an unknown profile or a bad date', async () => {
    expect(
      (await runCli(['request', sample, '--terms', 'xx', '--format', 'pdf', '--out', join(dir, 'y.pdf')])).code,
    ).toBe(2);
    expect((await runCli(requestArgs(sample, 'pdf', join(dir, 'y.pdf'), '--date', '29.11.2026'))).code).toBe(2);
  });

  it('refuses --date 2025-02-30 with the option named, in the --lang language, and as JSON with --json', async () => {
    const args = requestArgs(sample, 'pdf', join(dir, 'z.pdf'), '--date', '2025-02-30');
    const en = await runCli(args);
    expect(en.code).toBe(2);
    expect(en.err).toContain("--date: '2025-02-30' is not a real date (YYYY-MM-DD, a day that exists)");
    const da = await runCli([...args, '--lang', 'da']);
    expect(da.err).toContain("--date: '2025-02-30' er ikke en gyldig dato");
    const json = await runCli([...args, '--json', '--lang', 'da']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      usage: true,
      problems: [{ message: { da: expect.stringContaining('ikke en gyldig dato') } }],
    });
    expect(json.err).toBe('');
  });

  it('localises other usage errors too (unknown command, bad option, unknown profile)', async () => {
    expect((await runCli(['requst', '--lang', 'da'], 'en')).err).toContain("ukendt kommando 'requst'");
    const unknown = await runCli([
      'request',
      sample,
      '--terms',
      'xx',
      '--format',
      'pdf',
      '--out',
      join(dir, 'y.pdf'),
      '--lang',
      'da',
    ]);
    expect(unknown.err).toContain("ukendt vilkårsprofil 'xx'");
    const bad = await runCli(['request', sample, '--format', 'tiff', '--json']);
    expect(JSON.parse(bad.out).problems[0].message.en).toContain('--format must be one of pdf|docx|json|geojson');
  });

  it('states a right kept by a declaration of interest (--declared-interest) and writes the checklist separately', async () => {
    const out = join(dir, 'declared.json');
    const checklist = join(dir, 'checklist.pdf');
    const r = await runCli(
      requestArgs(
        complete,
        'json',
        out,
        '--date',
        '2026-11-29',
        '--declared-interest',
        '2025-03-14',
        '--declared-interest-ref',
        'TT ref. 42',
        '--checklist',
        checklist,
      ),
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.declaredInterest).toEqual({ date: '2025-03-14', reference: 'TT ref. 42' });
    expect(json.findings.map((f: { id: string }) => f.id)).toContain('window.right-kept-by-declaration');
    expect(readFileSync(checklist).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await runCli(requestArgs(complete, 'json', out, '--declared-interest', '2025-02-30'))).code).toBe(2);
  });

  it('says so when no allowed bandwidth carries the slices, rather than calling them unsized', async () => {
    // The sample's four MC video cameras over-use the Humble cell's uplink at every allowed bandwidth (README).
    const out = join(dir, 'infeasible.json');
    const r = await runCli(requestArgs(complete, 'json', out, '--date', '2026-11-29'));
    expect(r.code).toBe(0);
    const ids = JSON.parse(readFileSync(out, 'utf8')).findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('bandwidth.slices-exceed');
    expect(ids).not.toContain('bandwidth.slices-unsized');
  });

  it('sizes the slices as `frekvensplan slices` does and blocks a request narrower than their need', async () => {
    const narrow = join(dir, 'narrow.frekvensplan');
    const d = JSON.parse(readFileSync(complete, 'utf8'));
    // Two MC video cameras instead of four: the plan fits in 60 MHz (README), more than the 20 MHz asked for.
    d.slices.find((s: { id: string }) => s.id === 'slice-mc-video').deviceCount = 2;
    d.request.frequency = { fromMHz: 3780, toMHz: 3800 };
    for (const site of d.sites)
      for (const cell of site.cells) Object.assign(cell, { frequencyMHz: 3790, bandwidthMHz: 20 });
    writeFileSync(narrow, JSON.stringify(d));
    const r = await runCli(requestArgs(narrow, 'json', join(dir, 'n.json'), '--date', '2026-11-29'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/The slices need \d+ MHz but 20 MHz is requested/);
  });

  it('writes the German application in German whatever --lang says, and refuses a language the regime does not write', async () => {
    const out = join(dir, 'de.pdf');
    const german = (...extra: string[]) =>
      runCli(['request', complete, '--terms', 'de-bnetza-3700', '--format', 'pdf', '--out', out, ...extra]);
    expect((await german('--draft', '--lang', 'da')).code).toBe(0);
    if (hasPdftotext()) expect(pdfText(readFileSync(out))).toContain('Antrag auf Zuteilung von Frequenzen');
    expect((await german('--doc-lang', 'sv')).code).toBe(2);
  });
});
