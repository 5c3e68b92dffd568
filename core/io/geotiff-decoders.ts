// Bounded replacements for geotiff.js's block decoders. The stock LZW, Deflate and PackBits decoders grow
// their output without limit, so a corrupt 1.8 KB LZW tile could exhaust the heap and abort the process
// (issue 11, C1). These decode into a buffer of exactly the block's declared size and throw a LocalizedError
// past it, which readElevationGeoTiff reports as an unreadable file.
import { unzlibSync, inflateSync } from 'fflate';
import { addDecoder, BaseDecoder } from 'geotiff';
import { lt } from '../i18n/localized';
import { LocalizedError } from '../i18n/localized-error';
import { decodeLzwBounded } from './lzw';

/** Largest decoded block accepted, in bytes (a 4096 × 4096 Float64 tile). */
export const MAX_BLOCK_BYTES = 128 * 1024 * 1024;

/** Compression codes geotiff.js knows that these decoders refuse (lossy or WebAssembly-backed). */
const REFUSED: Record<number, string> = {
  6: 'old-style JPEG',
  7: 'JPEG',
  34887: 'LERC',
  50000: 'Zstandard',
  50001: 'WebP',
};

/** Bytes one decoded block holds at most: tile area × all samples' bits / 8; throws when absurd. */
export function blockByteLimit(parameters: BaseDecoder['parameters']): number {
  const { tileWidth, tileHeight, bitsPerSample } = parameters;
  const bits =
    typeof bitsPerSample === 'number'
      ? bitsPerSample
      : Array.from(bitsPerSample as ArrayLike<number>).reduce((a, b) => a + b, 0);
  const bytes = Math.ceil((tileWidth * tileHeight * bits) / 8);
  if (!(Number.isFinite(bytes) && bytes > 0 && bytes <= MAX_BLOCK_BYTES))
    throw new LocalizedError(
      lt(
        `en blok på ${tileWidth} × ${tileHeight} px × ${bits} bit har ikke en gyldig størrelse`,
        `a block of ${tileWidth} × ${tileHeight} px × ${bits} bit is not a valid size`,
      ),
    );
  return bytes;
}

class BoundedLzwDecoder extends BaseDecoder {
  override decodeBlock(buffer: ArrayBufferLike): ArrayBufferLike {
    return decodeLzwBounded(new Uint8Array(buffer), blockByteLimit(this.parameters)).buffer;
  }
}

class BoundedDeflateDecoder extends BaseDecoder {
  override decodeBlock(buffer: ArrayBufferLike): ArrayBufferLike {
    const limit = blockByteLimit(this.parameters);
    const input = new Uint8Array(buffer);
    // One spare byte tells a block that fits exactly from one that would overflow.
    const out = new Uint8Array(limit + 1);
    const zlib = input.length > 2 && (input[0]! & 0x0f) === 8 && ((input[0]! << 8) | input[1]!) % 31 === 0;
    const decoded = zlib ? unzlibSync(input, { out }) : inflateSync(input, { out });
    if (decoded.length > limit)
      throw new LocalizedError(
        lt(
          `en Deflate-blok fylder mere end sine ${limit} byte`,
          `a Deflate block decodes to more than its ${limit} bytes`,
        ),
      );
    return decoded.slice().buffer;
  }
}

class BoundedPackBitsDecoder extends BaseDecoder {
  override decodeBlock(buffer: ArrayBufferLike): ArrayBufferLike {
    const limit = blockByteLimit(this.parameters);
    const input = new Uint8Array(buffer);
    const out = new Uint8Array(limit);
    let o = 0;
    for (let i = 0; i < input.length && o < limit;) {
      const header = (input[i++]! << 24) >> 24;
      if (header === -128) continue;
      const run = header < 0 ? 1 - header : header + 1;
      if (o + run > limit)
        throw new LocalizedError(
          lt(
            `en PackBits-blok fylder mere end sine ${limit} byte`,
            `a PackBits block decodes to more than its ${limit} bytes`,
          ),
        );
      if (header < 0) out.fill(input[i++] ?? 0, o, o + run);
      else out.set(input.subarray(i, i + run), o);
      if (header >= 0) i += run;
      o += run;
    }
    return out.slice(0, o).buffer;
  }
}

let installed = false;

/** Registers the bounded decoders with geotiff.js (once per realm); later reads use them. */
export function installBoundedGeoTiffDecoders(): void {
  if (installed) return;
  installed = true;
  addDecoder(5, () => Promise.resolve(BoundedLzwDecoder));
  addDecoder([8, 32946], () => Promise.resolve(BoundedDeflateDecoder));
  addDecoder(32773, () => Promise.resolve(BoundedPackBitsDecoder));
  for (const [code, name] of Object.entries(REFUSED))
    addDecoder(Number(code), () =>
      Promise.reject(
        new LocalizedError(
          lt(
            `${name}-komprimering understøttes ikke for højdemodeller; brug LZW eller Deflate`,
            `${name} compression is not supported for elevation models; use LZW or Deflate`,
          ),
        ),
      ),
    );
}
