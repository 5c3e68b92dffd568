import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { RequestFonts } from '../../../core/request/pdf/fonts';

let loading: Promise<RequestFonts> | null = null;

/** DejaVu Sans regular and bold (the npm package dejavu-fonts-ttf, bundled as assets; the CLI embeds the same files). */
export function loadRequestFonts(): Promise<RequestFonts> {
  loading ??= Promise.all(
    [regularUrl, boldUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())),
  ).then(([regular, bold]) => ({ regular: regular as Uint8Array, bold: bold as Uint8Array }));
  return loading;
}
