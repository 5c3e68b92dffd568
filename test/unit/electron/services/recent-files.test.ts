import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  addRecentFile,
  isRecentFile,
  listRecentFiles,
  MAX_RECENT_FILES,
  removeRecentFile,
} from '../../../../electron/services/recent-files';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function projects(dir: string, count: number): Promise<string[]> {
  const files = Array.from({ length: count }, (_, i) => join(dir, `p${i}.frekvensplan`));
  await Promise.all(files.map((f) => writeFile(f, '{}')));
  return files;
}

describe('recent files', () => {
  it('is empty at first and after a corrupt list', async () => {
    const dir = await tempDir();
    const list = join(dir, 'recent-files.json');
    expect(await listRecentFiles(list)).toEqual([]);
    await writeFile(list, '{oops');
    expect(await listRecentFiles(list)).toEqual([]);
  });

  it('lists newest first without duplicates', async () => {
    const dir = await tempDir();
    const list = join(dir, 'recent-files.json');
    const [a, b] = await projects(dir, 2);
    await addRecentFile(list, a!, new Date('2026-01-01T00:00:00Z'));
    await addRecentFile(list, b!, new Date('2026-01-02T00:00:00Z'));
    await addRecentFile(list, a!, new Date('2026-01-03T00:00:00Z'));
    expect(await listRecentFiles(list)).toEqual([
      { handleId: a, name: 'p0.frekvensplan', openedAt: '2026-01-03T00:00:00.000Z' },
      { handleId: b, name: 'p1.frekvensplan', openedAt: '2026-01-02T00:00:00.000Z' },
    ]);
    expect(await isRecentFile(list, b!)).toBe(true);
    expect(await isRecentFile(list, join(dir, 'other.frekvensplan'))).toBe(false);
  });

  it(`keeps at most ${MAX_RECENT_FILES} entries`, async () => {
    const dir = await tempDir();
    const list = join(dir, 'recent-files.json');
    const files = await projects(dir, 13);
    for (const f of files) await addRecentFile(list, f);
    const recent = await listRecentFiles(list);
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]?.handleId).toBe(files[12]);
    expect(recent.at(-1)?.handleId).toBe(files[3]);
  });

  it('drops files that no longer exist, also from disk', async () => {
    const dir = await tempDir();
    const list = join(dir, 'recent-files.json');
    const [a, b, c] = await projects(dir, 3);
    for (const f of [a!, b!, c!]) await addRecentFile(list, f);
    await rm(b!);
    expect((await listRecentFiles(list)).map((f) => f.handleId)).toEqual([c, a]);
    const stored = JSON.parse(await readFile(list, 'utf8')) as { files: unknown[] };
    expect(stored.files).toHaveLength(2);
  });

  it('removes an entry', async () => {
    const dir = await tempDir();
    const list = join(dir, 'recent-files.json');
    const [a, b] = await projects(dir, 2);
    await addRecentFile(list, a!);
    await addRecentFile(list, b!);
    expect((await removeRecentFile(list, a!)).map((f) => f.handleId)).toEqual([b]);
  });
});
