import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { AtomicFileOps } from '../../../node/atomic-file';
import { isAtomicTempName, nodeAtomicFileOps, writeFileAtomic } from '../../../node/atomic-file';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const root = join(__dirname, '../../..');

/** Ops whose temp-file write stops after half the bytes, like a crash or a full disk. */
const crashingMidWrite: AtomicFileOps = {
  ...nodeAtomicFileOps,
  async create(filePath, mode) {
    const handle = await nodeAtomicFileOps.create(filePath, mode);
    return {
      async writeFile(data) {
        await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('simulated crash mid-write'), { code: 'EIO' });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
};

describe('writeFileAtomic', () => {
  it('writes a new file without leaving a temp file or a backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    await writeFileAtomic(target, '{"v":1}');
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['a.frekvensplan']);
  });

  it('keeps the previous version as .bak when replacing', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    await writeFileAtomic(target, 'version 1');
    await writeFileAtomic(target, 'version 2');
    await writeFileAtomic(target, 'version 3');
    expect(await readFile(target, 'utf8')).toBe('version 3');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('version 2');
    expect((await readdir(dir)).sort()).toEqual(['a.frekvensplan', 'a.frekvensplan.bak']);
  });

  it('writes bytes and can skip the backup', async () => {
    const dir = await tempDir();
    const target = join(dir, 'export.pdf');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]), { keepBackup: false });
    await writeFileAtomic(target, new Uint8Array([4, 5]), { keepBackup: false });
    expect([...(await readFile(target))]).toEqual([4, 5]);
    expect(await readdir(dir)).toEqual(['export.pdf']);
  });

  it.skipIf(process.platform === 'win32')('preserves the permissions of the replaced file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    await writeFile(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('leaves the original byte-identical and no temp file when the write fails half way', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    const original = Buffer.from(JSON.stringify({ sites: Array.from({ length: 500 }, (_, i) => ({ i })) }));
    await writeFile(target, original);
    const replacement = 'x'.repeat(original.length * 2);
    await expect(writeFileAtomic(target, replacement, { ops: crashingMidWrite })).rejects.toThrow('simulated crash');
    expect((await readFile(target)).equals(original)).toBe(true);
    expect(await readdir(dir)).toEqual(['a.frekvensplan']);
  });

  it('leaves the original intact when the final rename fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    await writeFile(target, 'original');
    const failingRename: AtomicFileOps = {
      ...nodeAtomicFileOps,
      rename: async (from, to) => {
        if (to === target) throw Object.assign(new Error('simulated rename failure'), { code: 'EIO' });
        await nodeAtomicFileOps.rename(from, to);
      },
    };
    await expect(writeFileAtomic(target, 'new', { ops: failingRename })).rejects.toThrow('simulated rename');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect((await readdir(dir)).filter(isAtomicTempName)).toEqual([]);
  });

  it('survives a process killed mid-write: the original is intact and the leftover temp file is ignored', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.frekvensplan');
    await writeFile(target, 'original');
    // A child process writes half the temp file and is killed with SIGKILL before renaming.
    const script = `
      import { nodeAtomicFileOps, writeFileAtomic } from ${JSON.stringify(join(root, 'node/atomic-file.ts'))};
      await writeFileAtomic(${JSON.stringify(target)}, 'y'.repeat(100000), { ops: { ...nodeAtomicFileOps,
        async create(p, mode) {
          const handle = await nodeAtomicFileOps.create(p, mode);
          return { ...handle, writeFile: async (data) => {
            await handle.writeFile(data.subarray(0, 50000));
            process.kill(process.pid, 'SIGKILL');
          }, sync: () => handle.sync(), close: () => handle.close() };
        } } });
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.signal ?? child.status).toBe(process.platform === 'win32' ? 1 : 'SIGKILL');
    expect(await readFile(target, 'utf8')).toBe('original');
    const leftovers = (await readdir(dir)).filter(isAtomicTempName);
    expect(leftovers).toHaveLength(1);

    // The next save works and does not trip over the leftover.
    await writeFileAtomic(target, 'saved after crash');
    expect(await readFile(target, 'utf8')).toBe('saved after crash');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('original');
  });
});
