import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../core/io/limits';

const root = join(__dirname, '../../..');
const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
/** The doc with table cells' padding removed (Prettier aligns the columns). */
const cells = doc.replace(/ *\| */g, ' | ');

/** The value docs/security.md should print for a limit: MB for bytes, s for ms, grouped digits for counts. */
function printed(key: keyof typeof IMPORT_LIMITS): string {
  const value = IMPORT_LIMITS[key];
  if (key.endsWith('Bytes')) return `${value / 1024 / 1024} MB`;
  if (key.endsWith('Ms')) return `${value / 1000} s`;
  if (key.endsWith('Mb')) return `${value} MB`;
  return value.toLocaleString('en');
}

describe('docs/security.md stays true to the code', () => {
  it('lists every import limit with the value core/io/limits.ts has', () => {
    for (const key of Object.keys(IMPORT_LIMITS) as (keyof typeof IMPORT_LIMITS)[])
      expect(cells, key).toContain(`| \`${key}\` | ${printed(key)} |`);
  });

  it('names only files and folders that exist', () => {
    const paths = [...doc.matchAll(/`([\w.-]+(?:\/[\w.-]+)+\/?)`/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });
});
