// Writes data/licences/third-party.json, the third-party licence inventory shown in Help → About, from
// package-lock.json with @cyclonedx/cyclonedx-npm. `--check` writes nothing and exits 1 when the committed file
// differs from what the current lockfile gives (a unit test runs the same comparison in npm test).
// Usage: node scripts/build-licences.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  formatInventory,
  INVENTORY_FILE,
  inventoryFromBom,
  readReviewed,
  ROOT,
  runCycloneDx,
} from './licence-inventory.mjs';

const check = process.argv.includes('--check');
const { inventory, problems } = inventoryFromBom(runCycloneDx(), readReviewed());
for (const problem of problems) console.error(`licences: ${problem}`);
const text = formatInventory(inventory);
const file = relative(ROOT, INVENTORY_FILE);
if (check) {
  let current = '';
  try {
    current = readFileSync(INVENTORY_FILE, 'utf8');
  } catch {
    // A missing file differs.
  }
  if (current !== text) {
    console.error(`licences: ${file} differs from package-lock.json; run node scripts/build-licences.mjs`);
    process.exit(1);
  }
  console.log(`licences: ${file} matches package-lock.json (${inventory.packages.length} packages)`);
} else {
  writeFileSync(INVENTORY_FILE, text);
  console.log(`licences: wrote ${file} (${inventory.packages.length} packages)`);
}
if (problems.length > 0) process.exit(1);
