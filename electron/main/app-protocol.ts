import { protocol } from 'electron';

import { serveAsset } from '../services/app-assets';
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';

/** Registers app:// as a standard, secure scheme; must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves the renderer build from `rendererDir` at app://frekvensplan/ with a strict CSP. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const asset = await serveAsset(rendererDir, url.pathname);
    // fs.readFile buffers are backed by a plain ArrayBuffer, never a SharedArrayBuffer.
    const body = asset.body as string | Uint8Array<ArrayBuffer>;
    return new Response(request.method === 'HEAD' ? null : body, {
      status: asset.status,
      headers: asset.headers,
    });
  });
}
