import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

import { cspHeaderValue } from '../../core/host/csp';

/** Content-Security-Policy sent with every page of the app protocol: the one policy of both builds (core/host/csp.ts). */
export const APP_CSP = cspHeaderValue();

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.frekvensplan': 'application/json; charset=utf-8',
};

/** MIME type for a file name, by extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path such as `/assets/index-abc.js` to a file inside `rootDir`; null for
 * anything that would escape it (`..`, encoded separators, NUL). `/` serves `index.html`.
 */
export function resolveAssetPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** A response for the app protocol: status, headers and body. */
export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Serves `pathname` from `rootDir` with the CSP and MIME headers; 404 for anything missing or outside. */
export async function serveAsset(rootDir: string, pathname: string): Promise<AssetResponse> {
  const filePath = resolveAssetPath(rootDir, pathname);
  const headers = { 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (!filePath) return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Not found' };
  try {
    const body = await fsp.readFile(filePath);
    return { status: 200, headers: { ...headers, 'Content-Type': mimeTypeFor(filePath) }, body };
  } catch {
    return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Not found' };
  }
}
