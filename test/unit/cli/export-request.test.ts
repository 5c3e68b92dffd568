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
  contactName: 'Anne Planlægger',
  contactEmail: 'plan@langeland.example',
};
writeFileSync(complete, JSON.stringify(doc));

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
  it('refuses the incomplete sample with its blocking findings (exit 1)', async () => {
    const r = await runCli([
      'request',
      sample,
      '--terms',
      'dk-tt-2021',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
      '--date',
      '2026-11-29',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('CVR number is missing');
  });

  it('exports a draft anyway with --draft', async () => {
    const out = join(dir, 'draft.json');
    const r = await runCli([
      'request',
      sample,
      '--terms',
      'dk-tt-2021',
      '--format',
      'json',
      '--out',
      out,
      '--date',
      '2026-11-29',
      '--draft',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).draft).toBe(true);
  });

  it('writes JSON with the promised fields, valid against its schema', async () => {
    const out = join(dir, 'request.json');
    const r = await runCli([
      'request',
      complete,
      '--terms',
      'dk-tt-2021',
      '--format',
      'json',
      '--out',
      out,
      '--date',
      '2026-11-29',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(leaseRequestJsonSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      draft: false,
      frequencyMHz: { from: 3740, to: 3800 },
      bandwidthMHz: 60,
      period: { from: '2026-12-01', to: '2042-01-31' },
      fee: null,
    });
    expect(json.areaKm2).toBeGreaterThan(100);
    expect(json.findings.map((f: { id: string }) => f.id)).toContain('window.after-obligation-window');
  });

  it.runIf(hasPdftotext())('writes a Danish PDF that pdftotext reads', async () => {
    const out = join(dir, 'request.pdf');
    const r = await runCli(
      [
        'request',
        complete,
        '--terms',
        'dk-tt-2021',
        '--format',
        'pdf',
        '--out',
        out,
        '--date',
        '2026-11-29',
        '--lang',
        'da',
      ],
      'da',
    );
    expect(r.code).toBe(0);
    const text = pdfText(readFileSync(out)).replace(/\s+/g, ' ');
    expect(text).toContain('Anmodning om leje af frekvenser til privat 5G-net');
    expect(text).toContain('frivillig kommerciel anmodning');
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
  });

  it('exits 2 for an unknown profile or a bad date', async () => {
    expect(
      (await runCli(['request', sample, '--terms', 'xx', '--format', 'pdf', '--out', join(dir, 'y.pdf')])).code,
    ).toBe(2);
    expect(
      (
        await runCli([
          'request',
          sample,
          '--terms',
          'dk-tt-2021',
          '--format',
          'pdf',
          '--out',
          join(dir, 'y.pdf'),
          '--date',
          '29.11.2026',
        ])
      ).code,
    ).toBe(2);
  });
});
