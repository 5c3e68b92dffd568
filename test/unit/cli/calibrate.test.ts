import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../core/project';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';

const root = join(__dirname, '../../..');
const sample = join(root, 'data/samples/langeland.frekvensplan');
// Synthetic (scripts/build-sample-measurements.ts): the model plus UMa +4 dB, RMa −3 dB and σ = 6 dB noise.
const drive = join(root, 'data/samples/langeland-drive-test-synthetic.csv');
const tempDir = useTempDirs();

describe('frekvensplan calibrate', () => {
  it('recovers the synthetic offsets within 0.5 dB and prints {n, meanErrorDb, stdDb, rmseDb, offsetDb} as JSON', async () => {
    const r = await runCli(['calibrate', sample, drive, '--fit', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ ok: true, file: 'langeland-drive-test-synthetic.csv', skippedRows: 0, saved: null });
    expect(out.n).toBeGreaterThan(2000);
    expect(out.offsetDb).toBe(out.meanErrorDb);
    expect(out.rmseDb ** 2).toBeCloseTo(out.meanErrorDb ** 2 + out.stdDb ** 2, 6);
    expect(out.n + Object.values(out.excluded as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(out.rows);
    const offsets = Object.fromEntries(
      out.fit.models.map((m: { model: string; offsetDb: number }) => [m.model, m.offsetDb]),
    );
    expect(Math.abs(offsets.UMa - 4)).toBeLessThan(0.5);
    expect(Math.abs(offsets.RMa - -3)).toBeLessThan(0.5);
    expect(out.byCell.map((c: { cellId: string }) => c.cellId)).toContain('faerge-spodsbjerg-a');
    expect(out.byDistance).toHaveLength(6);
  });

  it('without --fit reports the comparison and no offset; text mode prints the tables in the chosen language', async () => {
    const json = JSON.parse((await runCli(['calibrate', sample, drive, '--json'])).out);
    expect(json.offsetDb).toBeNull();
    expect(json.fit).toBeNull();
    const da = await runCli(['calibrate', sample, drive, '--fit'], 'da');
    expect(da.code).toBe(0);
    expect(da.out).toContain('Afvigelse målt − beregnet (dB)');
    expect(da.out).toContain('Pr. celle:');
    expect(da.out).toContain('Pr. afstand:');
    expect(da.out).toMatch(/UMa: \+\d,\d dB ±\d,\d \(n = \d+\)/);
    const en = await runCli(['calibrate', sample, drive, '--lang', 'en']);
    expect(en.out).toContain('Error measured − predicted (dB)');
  });

  it('--save writes the offsets into the project atomically (keeping a .bak), and coverage then uses them', async () => {
    const dir = await tempDir();
    const project = join(dir, 'plan.frekvensplan');
    copyFileSync(sample, project);
    const before = await runCli(['coverage', project, '--resolution', '250', '--json']);
    const r = await runCli(['calibrate', project, drive, '--fit', '--save', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).saved).toBe(project);
    expect(existsSync(`${project}.bak`)).toBe(true);
    const loaded = loadProject(readFileSync(project, 'utf8'));
    if (!loaded.ok) throw new Error('saved project does not load');
    const calibration = loaded.value.project.calibration;
    expect(calibration?.measurementFile).toMatchObject({ name: 'langeland-drive-test-synthetic.csv', skippedRows: 0 });
    expect(calibration?.measurementFile.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(calibration?.fittedUnder).toEqual({ losMode: 'blend-mean-db', defaultHeightM: 1.5, terrain: 'none' });
    const rma = calibration?.models.find((m) => m.model === 'RMa')?.offsetDb as number;
    // Spodsbjerg's own omni RMa cell serves its site: its predicted RSRP moves by exactly the RMa offset.
    const after = await runCli(['coverage', project, '--resolution', '250', '--json']);
    const at = (text: string) =>
      (JSON.parse(text).sites as { siteId: string; rsrpDbm: number }[]).find((s) => s.siteId === 'faerge-spodsbjerg')!;
    expect(at(after.out).rsrpDbm).toBeCloseTo(at(before.out).rsrpDbm + rma, 2);
    expect(JSON.parse(before.out).calibration).toBeNull();
    expect(JSON.parse(after.out).calibration).toMatch(/^−\d\.\d dB \(RMa, n = [\d,]+\); \+\d\.\d dB \(UMa, n = \d+\)$/);
  });

  it('exits 1 on bad rows with each line named, unless --skip-bad-rows uses the good ones and lists the skipped', async () => {
    const dir = await tempDir();
    const csv = join(dir, 'drive.csv');
    const lines = readFileSync(drive, 'utf8').split('\n');
    lines[4] = lines[4]!.replace(/;-\d+,\d;/, ';-9x;');
    lines[9] = lines[9]!.replace(/^54,/, '154,');
    writeFileSync(csv, lines.join('\n'));
    const refused = await runCli(['calibrate', sample, csv, '--fit'], 'en');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('2 bad rows');
    expect(refused.err).toContain('--skip-bad-rows');
    expect(refused.err).toMatch(/drive\.csv: rsrp_dbm \(line 5\): "-9x" is not a number\./);
    expect(refused.err).toMatch(/\(line 10\): The coordinate 154/);
    const used = await runCli(['calibrate', sample, csv, '--fit', '--skip-bad-rows', '--json']);
    expect(used.code).toBe(0);
    const out = JSON.parse(used.out);
    expect(out.skippedRows).toBe(2);
    expect(out.skipped.map((p: { line: number }) => p.line)).toEqual([5, 10]);
  });

  it('exits 1 on unreadable input, naming the file or line', async () => {
    const dir = await tempDir();
    const missing = await runCli(['calibrate', sample, join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.csv');
    const noRsrp = join(dir, 'norsrp.csv');
    writeFileSync(noRsrp, 'lat;lon;value\n54,94;10,72;-80\n');
    const r = await runCli(['calibrate', sample, noRsrp, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: { en: 'Columns missing: RSRP.' } }],
    });
    const quote = join(dir, 'quote.csv');
    writeFileSync(quote, 'lat;lon;rsrp\n54,94;10,72;-80\n54,94;"10,72;-80\n');
    const q = await runCli(['calibrate', sample, quote], 'da');
    expect(q.code).toBe(1);
    expect(q.err).toContain('(linje 3): Et citationstegn (") lukkes aldrig.');
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['calibrate', sample])).code).toBe(2);
    expect((await runCli(['calibrate', sample, drive, '--save'])).code).toBe(2);
    expect((await runCli(['calibrate', sample, drive, '--slope'])).code).toBe(2);
    expect((await runCli(['calibrate', sample, drive, '--los', 'sometimes'])).code).toBe(2);
    expect((await runCli(['calibrate', sample, drive, '--height', '-1'])).code).toBe(2);
    const help = await runCli(['--help']);
    expect(help.out).toMatch(/coverage .*\n\s+calibrate .*\n\s+capacity/);
  });
});
