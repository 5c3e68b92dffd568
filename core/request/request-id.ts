/** FNV-1a over a string, 32 bits (deterministic, no crypto needed: an id, not a secret). */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A stable id of the request's content, the same in the CLI and the app: FP-YYYYMMDD-XXXXXXXX (request date and a
 * hash of what is requested). Changing the area, cells, frequencies, period or requester gives a new id.
 */
export function requestIdOf(requestDate: string, content: unknown): string {
  const text = JSON.stringify(content);
  const hash = ((fnv1a(text) ^ fnv1a(text, 0x01000193)) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  return `FP-${requestDate.replace(/-/g, '')}-${hash}`;
}
