import { readFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatInventory,
  INVENTORY_FILE,
  inventoryFromBom,
  readReviewed,
  ROOT,
  runCycloneDx,
  type Bom,
} from '../../../scripts/licence-inventory.mjs';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const dev = [{ name: 'cdx:npm:package:development', value: 'true' }];

describe('third-party licence inventory', () => {
  it('is what cyclonedx-npm reads from the current package-lock.json (run node scripts/build-licences.mjs)', () => {
    const { inventory, problems } = inventoryFromBom(runCycloneDx(), readReviewed());
    expect(problems).toEqual([]);
    expect(readFileSync(INVENTORY_FILE, 'utf8')).toBe(formatInventory(inventory));
  });

  it('lists the runtime dependencies with their licences and the dev packages whose content ships', () => {
    const { packages } = JSON.parse(readFileSync(INVENTORY_FILE, 'utf8')) as {
      packages: { name: string; licence: string; ships: string }[];
    };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const names = new Set(packages.map((p) => p.name));
    for (const dep of Object.keys(pkg.dependencies)) expect(names).toContain(dep);
    expect(names).not.toContain('vitest');
    expect(packages.find((p) => p.name === 'react')?.licence).toBe('MIT');
    expect(packages.find((p) => p.name === 'electron')?.ships).toBe('runtime');
    expect(packages.find((p) => p.name === '@geo-maps/countries-land-100m')?.licence).toContain('ODbL-1.0');
    expect(packages.every((p) => typeof p.licence === 'string' && p.licence.length > 0)).toBe(true);
  });

  it('changes when the lockfile changes', async () => {
    const dir = await tempDir();
    await copyFile(join(ROOT, 'package.json'), join(dir, 'package.json'));
    const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { license?: string }>;
    };
    const leaflet = lock.packages['node_modules/leaflet'];
    expect(leaflet?.license).toBe('BSD-2-Clause');
    leaflet!.license = 'GPL-3.0-only';
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const { inventory } = inventoryFromBom(runCycloneDx(dir, ROOT), readReviewed());
    expect(inventory.packages.find((p) => p.name === 'leaflet')?.licence).toBe('GPL-3.0-only');
    expect(formatInventory(inventory)).not.toBe(readFileSync(INVENTORY_FILE, 'utf8'));
  });

  it('keeps production packages and the named shipped dev packages, sorted and without duplicates', () => {
    const bom: Bom = {
      metadata: { tools: { components: [{ group: '@cyclonedx', name: 'cyclonedx-npm', version: '9.9.9' }] } },
      components: [
        { name: 'zeta', version: '1.0.0', licenses: [{ license: { id: 'MIT' } }] },
        { group: '@a', name: 'b', version: '2.0.0', licenses: [{ expression: '(MIT OR Apache-2.0)' }] },
        { name: 'zeta', version: '1.0.0', licenses: [{ license: { id: 'MIT' } }] },
        { name: 'vitest', version: '4.0.0', licenses: [{ license: { id: 'MIT' } }], properties: dev },
        { name: 'electron', version: '45.0.0', licenses: [{ license: { id: 'MIT' } }], properties: dev },
      ],
    };
    const { inventory, problems } = inventoryFromBom(bom, {});
    expect(problems).toEqual([]);
    expect(inventory.tool).toBe('@cyclonedx/cyclonedx-npm 9.9.9');
    expect(inventory.source).toBe('package-lock.json');
    expect(inventory.packages).toEqual([
      { name: '@a/b', version: '2.0.0', licence: '(MIT OR Apache-2.0)', ships: 'code' },
      { name: 'electron', version: '45.0.0', licence: 'MIT', ships: 'runtime' },
      { name: 'zeta', version: '1.0.0', licence: 'MIT', ships: 'code' },
    ]);
  });

  it('needs a review for a package without a licence, and drops a review the package no longer matches', () => {
    const bom: Bom = {
      components: [
        { name: 'bare', version: '1.0.0' },
        { name: 'typo', version: '1.0.0', licenses: [{ license: { name: 'BDS-3-Clause' } }] },
        { name: 'moved', version: '2.0.0', licenses: [{ license: { id: 'ISC' } }] },
      ],
    };
    const bare = inventoryFromBom(bom, {});
    expect(bare.problems).toEqual([expect.stringContaining('bare@1.0.0: declares no licence')]);
    const reviewed = inventoryFromBom(bom, {
      'bare@1.0.0': { declared: null, licence: 'BSD-2-Clause', note: 'LICENSE file' },
      'typo@1.0.0': { declared: 'BDS-3-Clause', licence: 'BSD-3-Clause' },
      'moved@2.0.0': { declared: 'MIT', licence: 'MIT' },
      'gone@1.0.0': { declared: null, licence: 'MIT' },
    });
    expect(reviewed.inventory.packages).toEqual([
      { name: 'bare', version: '1.0.0', licence: 'BSD-2-Clause', ships: 'code', note: 'LICENSE file' },
      { name: 'moved', version: '2.0.0', licence: 'ISC', ships: 'code' },
      { name: 'typo', version: '1.0.0', licence: 'BSD-3-Clause', ships: 'code' },
    ]);
    expect(reviewed.problems).toEqual([
      'moved@2.0.0: reviewed as declaring "MIT", now declares "ISC"',
      'gone@1.0.0: reviewed in data/licences/reviewed.json but no longer in the inventory',
    ]);
  });
});
