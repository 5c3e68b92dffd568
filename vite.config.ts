import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Renderer build: the same bundle serves `npm run web` and the Electron window. */
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
});
