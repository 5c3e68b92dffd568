import { lt } from '../i18n/localized';
import { LocalizedError } from '../i18n/localized-error';
const CLEAR = 256;
const EOI = 257;
const FIRST_FREE = 258;
const TABLE_SIZE = 4096;

/**
 * Decodes TIFF LZW (TIFF 6.0 §13: MSB-first codes of 9–12 bits, "early change") into at most `maxBytes`
 * bytes. Linear in the output; throws an Error on an invalid code or when the data would decode to more
 * than `maxBytes`, instead of growing without limit. Data ending without an EOI code is returned as read.
 */
export function decodeLzwBounded(input: Uint8Array, maxBytes: number): Uint8Array {
  const prefix = new Uint16Array(TABLE_SIZE);
  const suffix = new Uint8Array(TABLE_SIZE);
  const length = new Uint16Array(TABLE_SIZE);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    length[i] = 1;
  }
  const out = new Uint8Array(maxBytes);
  let o = 0;
  let next = FIRST_FREE;
  let width = 9;
  let bitPos = 0;
  const totalBits = input.length * 8;
  let old = -1;

  const readCode = (): number => {
    if (bitPos + width > totalBits) return EOI;
    let code = 0;
    for (let k = 0; k < width; k++) {
      const bit = (input[(bitPos + k) >> 3]! >> (7 - ((bitPos + k) & 7))) & 1;
      code = (code << 1) | bit;
    }
    bitPos += width;
    return code;
  };
  /** Writes the string of `code` at o; returns its first byte. */
  const emit = (code: number): number => {
    const len = length[code]!;
    if (o + len > maxBytes)
      throw new LocalizedError(
        lt(
          `LZW-data fylder mere end blokkens ${maxBytes} byte`,
          `LZW data decodes to more than the block's ${maxBytes} bytes`,
        ),
      );
    let c = code;
    for (let k = len - 1; k >= 0; k--) {
      out[o + k] = suffix[c]!;
      c = prefix[c]!;
    }
    o += len;
    return out[o - len]!;
  };
  const add = (prev: number, first: number): void => {
    if (next >= TABLE_SIZE) return;
    prefix[next] = prev;
    suffix[next] = first;
    length[next] = length[prev]! + 1;
    next++;
  };

  for (let code = readCode(); code !== EOI; code = readCode()) {
    if (code === CLEAR) {
      next = FIRST_FREE;
      width = 9;
      old = -1;
      continue;
    }
    if (old === -1) {
      if (code > 255)
        throw new LocalizedError(
          lt(`ugyldig LZW-kode ${code} efter en nulstillingskode`, `invalid LZW code ${code} after a clear code`),
        );
      emit(code);
    } else if (code < next) {
      add(old, emit(code));
    } else if (code === next) {
      // KwKwK: the new string is the previous one plus its own first byte.
      const first = emit(old);
      if (o + 1 > maxBytes)
        throw new LocalizedError(
          lt(
            `LZW-data fylder mere end blokkens ${maxBytes} byte`,
            `LZW data decodes to more than the block's ${maxBytes} bytes`,
          ),
        );
      out[o++] = first;
      add(old, first);
    } else {
      throw new LocalizedError(
        lt(`ugyldig LZW-kode ${code} (tabellen har ${next})`, `invalid LZW code ${code} (table holds ${next})`),
      );
    }
    old = code;
    if (next + 1 >= 1 << width && width < 12) width++;
  }
  return out.subarray(0, o);
}
