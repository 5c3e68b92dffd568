import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { clearRecovery, readRecovery, writeRecovery } from '../../../../electron/services/recovery';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const entry = { savedAt: '2026-11-29T06:00:00.000Z', name: 'langeland.frekvensplan', handleId: null, text: '{"a":1}' };

describe('recovery', () => {
  it('returns null when nothing was autosaved', async () => {
    expect(await readRecovery(join(await tempDir(), 'recovery'))).toBeNull();
  });

  it('writes, reads and clears the autosave copy', async () => {
    const dir = join(await tempDir(), 'recovery');
    await writeRecovery(dir, entry);
    expect(await readRecovery(dir)).toEqual(entry);
    await writeRecovery(dir, { ...entry, handleId: '/p/x.frekvensplan', text: '{"a":2}' });
    expect(await readRecovery(dir)).toMatchObject({ handleId: '/p/x.frekvensplan', text: '{"a":2}' });
    expect(await readdir(dir)).toEqual(['current.json']);
    await clearRecovery(dir);
    expect(await readRecovery(dir)).toBeNull();
    await clearRecovery(dir); // clearing twice is fine
  });

  it.each([
    ['truncated JSON', '{"version":1,"savedAt":"2026-'],
    ['a wrong envelope', JSON.stringify({ version: 9, text: 1 })],
    ['an empty file', ''],
  ])('reports %s as null and moves it aside', async (_label, content) => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'current.json'), content);
    expect(await readRecovery(dir, new Date('2026-11-29T07:08:09.010Z'))).toBeNull();
    const files = await readdir(dir);
    expect(files).toEqual(['current.corrupt-2026-11-29T07-08-09-010Z.json']);
    expect(await readFile(join(dir, files[0] ?? ''), 'utf8')).toBe(content);
    expect(await readRecovery(dir)).toBeNull();
  });
});
