/**
 * Random access to a file's bytes, given by the shell (Node: a file handle; browser: File.slice), so a tile is
 * read only where needed: a header for a tile outside the area, a window of rows for the rest.
 */
export interface ByteSource {
  /** File size in bytes. */
  readonly size: number;
  /** Bytes [offset, offset + length) clipped to the file (shorter at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.byteLength, offset + length))),
  };
}

const BLOCK_BYTES = 64 * 1024;
const CACHED_BLOCKS = 16;

/**
 * The object geotiff.js's GeoTIFF.fromSource reads through (its BaseSource contract: fetch(slices) → buffers,
 * fileSize, close). Small reads (IFDs, tag arrays) go through a cache of 64 KB blocks; large ones (compressed
 * strips and tiles) straight to the source.
 */
export function geotiffSource(source: ByteSource): {
  fetch(slices: { offset: number; length: number }[]): Promise<ArrayBuffer[]>;
  fetchSlice(slice: { offset: number; length: number }): Promise<{ offset: number; length: number; data: ArrayBuffer }>;
  readonly fileSize: number;
  close(): Promise<void>;
} {
  const cache = new Map<number, Promise<Uint8Array>>();
  const block = (index: number): Promise<Uint8Array> => {
    let hit = cache.get(index);
    if (hit) {
      cache.delete(index);
      cache.set(index, hit);
      return hit;
    }
    hit = source.read(index * BLOCK_BYTES, BLOCK_BYTES);
    cache.set(index, hit);
    if (cache.size > CACHED_BLOCKS) cache.delete(cache.keys().next().value as number);
    return hit;
  };
  const readSlice = async (offset: number, length: number): Promise<ArrayBuffer> => {
    const end = Math.min(source.size, offset + length);
    const out = new Uint8Array(Math.max(0, end - offset));
    if (out.length === 0) return out.buffer;
    if (out.length > BLOCK_BYTES) {
      out.set(await source.read(offset, out.length));
      return out.buffer;
    }
    for (let b = Math.floor(offset / BLOCK_BYTES); b * BLOCK_BYTES < end; b++) {
      const data = await block(b);
      const start = Math.max(offset, b * BLOCK_BYTES);
      const stop = Math.min(end, b * BLOCK_BYTES + data.length);
      if (stop > start) out.set(data.subarray(start - b * BLOCK_BYTES, stop - b * BLOCK_BYTES), start - offset);
    }
    return out.buffer;
  };
  return {
    fetch: (slices) => Promise.all(slices.map((s) => readSlice(s.offset, s.length))),
    fetchSlice: async (s) => ({ ...s, data: await readSlice(s.offset, s.length) }),
    fileSize: source.size,
    close: () => Promise.resolve(),
  };
}
