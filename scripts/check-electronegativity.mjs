// Runs Electronegativity (Doyensec) over electron/ and fails on any finding electronegativity.config.json does
// not explain. Usage: node scripts/check-electronegativity.mjs [--input <dir>]   (part of npm test)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const input = args.includes('--input') ? args[args.indexOf('--input') + 1] : join(root, 'electron');
const config = JSON.parse(readFileSync(join(root, 'electronegativity.config.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron.replace(/^[^\d]*/, '');
const require = createRequire(import.meta.url);
const tool = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');

const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  // SARIF, not CSV: the tool writes its CSV header and rows in two racing writes, which can garble the file.
  const report = join(dir, 'report.sarif');
  const excluded = config.excludedChecks.map((c) => c.check).join(',');
  execFileSync(
    process.execPath,
    [tool, '-i', input, '-r', '-v', 'false', '-e', electronVersion, '-x', excluded, '-o', report],
    { stdio: 'pipe', env: { ...process.env, LANG: 'en' }, timeout: 300_000 },
  );
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  const findings = (sarif.runs?.[0]?.results ?? []).map((r) => {
    const where = r.locations?.[0]?.physicalLocation;
    const uri = where?.artifactLocation?.uri ?? 'file:///';
    return {
      check: r.ruleId,
      level: r.level,
      file: uri === 'file:///' ? 'N/A' : uri,
      location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
      description: r.message?.text ?? '',
    };
  });
  const accepted = (f) => config.accepted.some((a) => a.check === f.check && a.file === f.file);
  const unexplained = findings.filter((f) => !accepted(f));
  const stale = config.accepted.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
  for (const a of stale)
    console.error(
      `electronegativity: ${a.check} (${a.file}) is accepted but no longer found; remove it from the config`,
    );
  if (unexplained.length > 0) {
    console.error(
      `electronegativity: ${unexplained.length} finding(s) in ${input} that electronegativity.config.json does not explain:`,
    );
    for (const f of unexplained) console.error(`  ${f.check} (${f.level}) ${f.file}:${f.location} — ${f.description}`);
  }
  if (unexplained.length > 0 || stale.length > 0) process.exit(1);
  console.log(
    `electronegativity: ${findings.length} finding(s) in ${input}, all explained in electronegativity.config.json`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
