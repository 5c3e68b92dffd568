import type { Locator, Page } from '@playwright/test';

/** A rectangle in the screenshot's pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** A screenshot of `locator` as base64 PNG (compared in the page, which decodes PNG without a library). */
export async function screenshotBase64(locator: Locator): Promise<string> {
  return (await locator.screenshot({ animations: 'disabled' })).toString('base64');
}

/** What a layer's pixels must look like: one of these colours (±tol per channel), or red-dominant. */
export type PixelMatch = { colours: number[][]; tol: number } | 'reddish';

/**
 * Counts the pixels (outside `skip`) that show `ground` (±2 per channel) in `bare` and match `match` in `layer`:
 * a layer drawn above the ground changes them, one drawn below it does not. Returns one count per colour (or one
 * count for 'reddish'). Decoding and counting run in the page, so no pixel arrays cross the wire.
 */
export function countOverGround(
  page: Page,
  args: { bare: string; layer: string; ground: number[]; match: PixelMatch; skip: Box | null },
): Promise<number[]> {
  return page.evaluate(async ({ bare, layer, ground, match, skip }) => {
    const decode = async (base64: string) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [a, b] = [await decode(bare), await decode(layer)];
    const near = (d: Uint8ClampedArray, o: number, rgb: number[], tol: number) =>
      Math.abs((d[o] as number) - (rgb[0] as number)) <= tol &&
      Math.abs((d[o + 1] as number) - (rgb[1] as number)) <= tol &&
      Math.abs((d[o + 2] as number) - (rgb[2] as number)) <= tol;
    const counts = match === 'reddish' ? [0] : match.colours.map(() => 0);
    for (let y = 0; y < a.height; y++) {
      for (let x = 0; x < a.width; x++) {
        if (skip && x >= skip.x && x <= skip.x + skip.width && y >= skip.y && y <= skip.y + skip.height) continue;
        const o = (y * a.width + x) * 4;
        if (!near(a.data, o, ground, 2)) continue;
        if (match === 'reddish') {
          if ((b.data[o] as number) - (b.data[o + 1] as number) > 40) counts[0]!++;
        } else {
          match.colours.forEach((rgb, k) => {
            if (near(b.data, o, rgb, match.tol)) counts[k]!++;
          });
        }
      }
    }
    return counts;
  }, args);
}

/** A plain 256 × 256 PNG tile of one colour, made by the browser's canvas (for intercepted tile requests). */
export async function plainTilePng(page: Page, css: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (colour) => {
    const canvas = new OffscreenCanvas(256, 256);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 256, 256);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }, css);
  return Buffer.from(base64, 'base64');
}

/** Parses `rgb(r g b)` / `rgb(r, g, b)` as returned by getComputedStyle. */
export function parseRgb(css: string): [number, number, number] {
  const m = css.match(/(\d+)[ ,]+(\d+)[ ,]+(\d+)/);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
