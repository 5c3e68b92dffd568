import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { cspHeaderValue, cspMetaContent } from '../../../../core/host/csp';
import { APP_CSP, mimeTypeFor, resolveAssetPath, serveAsset } from '../../../../electron/services/app-assets';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('resolveAssetPath', () => {
  const root = join('/srv', 'renderer');
  it('maps paths inside the renderer build', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../secret',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/a%00b',
    '/..%5c..%5cwin.ini',
    '/%E0%A4%A',
  ])('refuses %s', (p) => expect(resolveAssetPath(root, p)).toBeNull());
});

describe('serveAsset', () => {
  it('serves files with their MIME type and the CSP, and 404 otherwise', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'assets', 'x.js'), 'export {}');
    const page = await serveAsset(dir, '/index.html');
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect((await serveAsset(dir, '/assets/x.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveAsset(dir, '/missing.js')).status).toBe(404);
    expect((await serveAsset(dir, '/../x')).status).toBe(404);
  });

  it('uses a CSP at least as strict as renderer/index.html', () => {
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("connect-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(mimeTypeFor('a.WOFF2')).toBe('font/woff2');
  });
});

describe('one Content-Security-Policy for both builds', () => {
  it('sends the shared policy as the app:// header, with object-src, base-uri, form-action and frame-ancestors', () => {
    expect(APP_CSP).toBe(cspHeaderValue());
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'none'", "frame-ancestors 'none'"])
      expect(APP_CSP).toContain(directive);
    // The <meta> form is the same policy minus what a meta element cannot carry.
    expect(cspMetaContent()).toBe(APP_CSP.replace("; frame-ancestors 'none'", ''));
  });
});
