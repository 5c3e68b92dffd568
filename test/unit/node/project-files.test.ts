import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  ensureProjectExtension,
  readFileLimited,
  readProjectFile,
  sanitizeFileName,
  saveProjectFile,
} from '../../../node/project-files';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('readProjectFile', () => {
  it('returns the text, name and absolute path as handle', async () => {
    const dir = await tempDir();
    const file = join(dir, 'langeland.frekvensplan');
    await writeFile(file, '\uFEFF{"schemaVersion":2}');
    const result = await readProjectFile(file);
    expect(result).toEqual({
      ok: true,
      file: { handleId: file, name: 'langeland.frekvensplan', text: '{"schemaVersion":2}' },
    });
  });

  it('returns invalid JSON as text: parsing is the renderer’s job', async () => {
    const dir = await tempDir();
    const file = join(dir, 'broken.frekvensplan');
    await writeFile(file, '{not json');
    const result = await readProjectFile(file);
    expect(result.ok && result.file.text).toBe('{not json');
  });

  it('explains a missing file in Danish and English', async () => {
    const dir = await tempDir();
    const file = join(dir, 'missing.frekvensplan');
    expect(await readProjectFile(file, { lang: 'da' })).toEqual({
      ok: false,
      canceled: false,
      message: `Filen findes ikke: ${file}`,
    });
    expect(await readProjectFile(file, { lang: 'en' })).toMatchObject({
      message: `The file does not exist: ${file}`,
    });
  });

  it('explains that a folder is not a file', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'folder.frekvensplan');
    await mkdir(folder);
    expect(await readProjectFile(folder)).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${folder} is a folder, not a file.`),
    });
  });

  it('refuses files over the size limit with the size and the limit', async () => {
    const dir = await tempDir();
    const file = join(dir, 'huge.frekvensplan');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024, 32));
    expect(await readProjectFile(file, { maxBytes: 2 * 1024 * 1024 })).toEqual({
      ok: false,
      canceled: false,
      message: 'huge.frekvensplan is too large (3.0 MB; the limit is 2 MB).',
    });
  });

  // Root (as in CI containers) and Windows ignore the mode bits.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('explains missing permission', async () => {
    const dir = await tempDir();
    const file = join(dir, 'secret.frekvensplan');
    await writeFile(file, '{}');
    await chmod(file, 0o000);
    expect(await readProjectFile(file)).toMatchObject({ ok: false, message: expect.stringContaining('permission') });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without waiting for a writer (H5)', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe.geojson');
    execFileSync('mkfifo', [fifo]);
    // Before the fix this read never returned; the test would time out.
    expect(await readFileLimited(fifo)).toEqual({
      ok: false,
      message: expect.stringContaining(`${fifo} is not a regular file`),
    });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a device such as /dev/zero instead of reading it forever (H5)',
    async () => {
      expect(await readFileLimited('/dev/zero', { lang: 'da' })).toEqual({
        ok: false,
        message: expect.stringContaining('/dev/zero er ikke en almindelig fil'),
      });
    },
  );

  it('reads bytes up to a limit for imports', async () => {
    const dir = await tempDir();
    const file = join(dir, 'sites.geojson');
    await writeFile(file, 'abc');
    const read = await readFileLimited(file, { maxBytes: 10 });
    expect(read.ok && [...read.bytes]).toEqual([97, 98, 99]);
  });
});

describe('saveProjectFile', () => {
  it('saves atomically and keeps the previous version', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.frekvensplan');
    expect(await saveProjectFile(file, 'one')).toEqual({ ok: true, handleId: file, name: 'p.frekvensplan' });
    await saveProjectFile(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('one');
  });

  it('returns a message when the folder does not exist', async () => {
    const dir = await tempDir();
    const file = join(dir, 'nope', 'p.frekvensplan');
    expect(await saveProjectFile(file, 'x', 'da')).toMatchObject({
      ok: false,
      canceled: false,
      message: expect.stringContaining('Mappen findes ikke'),
    });
  });
});

describe('file names', () => {
  it('adds the .frekvensplan extension once', () => {
    expect(ensureProjectExtension('/a/b')).toBe('/a/b.frekvensplan');
    expect(ensureProjectExtension('/a/b.frekvensplan')).toBe('/a/b.frekvensplan');
    expect(ensureProjectExtension('/a/B.FREKVENSPLAN')).toBe('/a/B.FREKVENSPLAN');
    expect(ensureProjectExtension('/a/b.json')).toBe('/a/b.json.frekvensplan');
  });

  it('strips folders and reserved characters from suggested names', () => {
    expect(sanitizeFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\x\\plan.frekvensplan', 'x')).toBe('plan.frekvensplan');
    expect(sanitizeFileName('a:b*c?.pdf', 'x')).toBe('a_b_c_.pdf');
    expect(sanitizeFileName('', 'projekt')).toBe('projekt');
    expect(sanitizeFileName('..', 'projekt')).toBe('projekt');
  });
});
