import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { cspMetaContent } from './core/host/csp.ts';

/**
 * Writes the one Content-Security-Policy (core/host/csp.ts, also Electron's header) into index.html right after
 * <meta charset>, before any script or style of the app (in the dev server, after Vite's own preamble scripts).
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'frekvensplan-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
        const content = cspMetaContent().replace(/'/g, '&#39;');
        return html.replace(
          charset,
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
  };
}

/** Renderer build: the same bundle serves `npm run web` and the Electron window. */
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
});
