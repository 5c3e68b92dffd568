import { builtinModules } from 'node:module';

import type { EnvironmentOptions } from 'vite';
import { defineConfig } from 'vite';

/**
 * Electron build: two CommonJS bundles in dist/electron, built as separate environments so they
 * share no chunk. main.cjs bundles everything but Electron and Node's built-ins; preload.cjs is one
 * self-contained file whose only `require` is `electron`, as a sandboxed preload demands.
 */
const outDir = 'dist/electron';
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function cjsBundle(entry: string, fileName: string, external: string[]): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node22',
      ssr: true,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [fileName]: entry },
        external: (id) => external.includes(id),
        output: { format: 'cjs', entryFileNames: `${fileName}.cjs`, codeSplitting: false, exports: 'auto' },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  environments: {
    main: cjsBundle('electron/main/main.ts', 'main', ['electron', ...nodeBuiltins]),
    preload: cjsBundle('electron/preload/preload.ts', 'preload', ['electron']),
  },
  builder: {
    async buildApp(builder) {
      const { main, preload } = builder.environments;
      if (!main || !preload) throw new Error('vite.electron.config.ts: missing main or preload environment');
      await builder.build(main);
      await builder.build(preload);
    },
  },
});
