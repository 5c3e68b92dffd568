import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { AtomicFileOps, AtomicStep } from '../../../node/atomic-file';
import { AtomicWriteError, isAtomicTempName, nodeAtomicFileOps, writeFileAtomic } from '../../../node/atomic-file';
import { describeFsError } from '../../../node/fs-messages';
import { saveProjectFile } from '../../../node/project-files';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

type Fault = 'create' | 'write' | 'sync' | 'link+copy' | 'backup-rename' | 'rename';
const fail = (code: string) => Object.assign(new Error(`injected ${code}`), { code });

/** Real file-system ops with one step failing with `code` (the backup's link failing falls back to a copy, so both fail). */
function faulty(fault: Fault, code: string, target: string): AtomicFileOps {
  const ops: AtomicFileOps = { ...nodeAtomicFileOps };
  if (fault === 'create') ops.create = () => Promise.reject(fail(code));
  if (fault === 'write' || fault === 'sync')
    ops.create = async (p, mode) => {
      const h = await nodeAtomicFileOps.create(p, mode);
      return {
        writeFile: async (d) => {
          await h.writeFile(d.subarray(0, d.length >> 1));
          if (fault === 'write') throw fail(code);
        },
        sync: () => (fault === 'sync' ? Promise.reject(fail(code)) : h.sync()),
        close: () => h.close(),
      };
    };
  if (fault === 'link+copy') {
    ops.link = () => Promise.reject(fail('EPERM'));
    ops.copyFile = () => Promise.reject(fail(code));
  }
  if (fault === 'backup-rename' || fault === 'rename')
    ops.rename = (from, to) =>
      (fault === 'rename') === (to === target) ? Promise.reject(fail(code)) : nodeAtomicFileOps.rename(from, to);
  return ops;
}

const STEP: Record<Fault, AtomicStep> = {
  create: 'write',
  write: 'write',
  sync: 'sync',
  'link+copy': 'backup',
  'backup-rename': 'backup',
  rename: 'rename',
};

describe('atomic save under injected faults at every step', () => {
  const faults: Fault[] = ['create', 'write', 'sync', 'link+copy', 'backup-rename', 'rename'];
  const codes = ['ENOSPC', 'EIO', 'EDQUOT', 'EACCES', 'EXDEV', 'EROFS'];
  for (const fault of faults)
    for (const code of codes)
      it(`${fault} failing with ${code}: the old file and its backup are intact, no temp file is left, the message names the path`, async () => {
        const dir = await tempDir();
        const target = join(dir, 'plan.frekvensplan');
        await writeFile(target, 'version 1');
        await writeFileAtomic(target, 'version 2');
        const error = await writeFileAtomic(target, 'version 3 — longer than the others', {
          ops: faulty(fault, code, target),
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AtomicWriteError);
        const failure = error as AtomicWriteError;
        expect(failure.step).toBe(STEP[fault]);
        expect(failure.code).toBe(code);
        expect(await readFile(target, 'utf8')).toBe('version 2');
        // A failed final rename comes after the backup was pointed at version 2; otherwise it still holds version 1.
        expect(await readFile(`${target}.bak`, 'utf8')).toBe(fault === 'rename' ? 'version 2' : 'version 1');
        expect((await readdir(dir)).filter(isAtomicTempName)).toEqual([]);

        const message = describeFsError(error, target, 'write');
        const named = STEP[fault] === 'backup' ? `${target}.bak` : target;
        expect(message.en).toContain(named);
        expect(message.da).toContain(named);
        expect(message.en).not.toMatch(/undefined|\[object/);

        // The next save works.
        await writeFileAtomic(target, 'version 3');
        expect(await readFile(target, 'utf8')).toBe('version 3');
      });
});

describe('atomic save on real file-system states', () => {
  it('refuses a read-only file and leaves it untouched (D5)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'locked.frekvensplan');
    await writeFile(target, 'protected');
    await chmod(target, 0o444);
    const result = await saveProjectFile(target, 'new', 'en');
    expect(result).toEqual({
      ok: false,
      canceled: false,
      message: `${target} is read-only and is not overwritten. Save under another name, or remove the write protection.`,
    });
    expect(await readFile(target, 'utf8')).toBe('protected');
    expect((await stat(target)).mode & 0o777).toBe(0o444);
    expect(await readdir(dir)).toEqual(['locked.frekvensplan']);
  });

  it('names the .bak path when a folder is in the way of the backup (D5)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.frekvensplan');
    await writeFile(target, 'old');
    await mkdir(`${target}.bak`);
    await writeFile(join(`${target}.bak`, 'keep.txt'), 'x');
    const result = await saveProjectFile(target, 'new', 'en');
    expect(result.ok).toBe(false);
    if (result.ok || result.canceled) return;
    expect(result.message).toContain(`${target}.bak is a folder, not a file`);
    expect(result.message).toContain('nothing was changed');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['plan.frekvensplan', 'plan.frekvensplan.bak']);
  });

  it('refuses to replace a folder or a FIFO with the project', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'folder.frekvensplan');
    await mkdir(folder);
    expect(await saveProjectFile(folder, 'x', 'en')).toMatchObject({
      message: expect.stringContaining(`${folder} is a folder`),
    });
    if (process.platform === 'win32') return;
    const fifo = join(dir, 'pipe.frekvensplan');
    execFileSync('mkfifo', [fifo]);
    expect(await saveProjectFile(fifo, 'x', 'en')).toMatchObject({
      message: expect.stringContaining(`${fifo} is not a regular file`),
    });
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });

  it('leaves no .bak.<hex>.tmp link behind after a retried save (D4)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.frekvensplan');
    await writeFile(target, 'v1');
    // First attempt: the backup is made, then the final rename fails; the user retries.
    await writeFileAtomic(target, 'v2', { ops: faulty('rename', 'EIO', target) }).catch(() => undefined);
    await writeFileAtomic(target, 'v2');
    await writeFileAtomic(target, 'v3');
    expect((await readdir(dir)).sort()).toEqual(['plan.frekvensplan', 'plan.frekvensplan.bak']);
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('v2');
  });

  it('leaves no temp file behind after concurrent saves, and the file is one complete version (D4)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'plan.frekvensplan');
    await writeFile(target, 'v0');
    const versions = Array.from({ length: 12 }, (_, i) => `version ${i + 1} `.repeat(2000));
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect((await readdir(dir)).sort()).toEqual(['plan.frekvensplan', 'plan.frekvensplan.bak']);
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(['v0', ...versions]).toContain(await readFile(`${target}.bak`, 'utf8'));
  });

  it('gives every error a message with the path, also codes it does not know', () => {
    for (const code of ['EMFILE', 'ECONNRESET', 'E2BIG', undefined]) {
      const error = code ? Object.assign(new Error('boom'), { code }) : new Error('no code');
      const text = describeFsError(error, '/data/plan.frekvensplan', 'write');
      expect(text.en).toContain('/data/plan.frekvensplan');
      expect(text.en).toContain(code ?? 'no code');
      expect(text.en).toContain('Choose another location');
    }
  });
});
