import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RequestFonts } from '../core/request/pdf/fonts';

const require = createRequire(import.meta.url);

/** DejaVu Sans regular and bold from the npm package dejavu-fonts-ttf (the renderer bundles the same files). */
export function requestFonts(): RequestFonts {
  const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  return { regular: file('DejaVuSans.ttf'), bold: file('DejaVuSans-Bold.ttf') };
}
