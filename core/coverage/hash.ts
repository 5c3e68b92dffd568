/** Bumped whenever the engine's results change for the same inputs, so cached results go stale. */
export const COVERAGE_ENGINE_VERSION = 1;

/** JSON with object keys sorted at every level; typed arrays as plain arrays; -0 as 0. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number')
      return Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : `"${value}"`;
    return JSON.stringify(value) ?? 'null';
  }
  if (ArrayBuffer.isView(value)) return canonicalJson(Array.from(value as unknown as ArrayLike<number>));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** FNV-1a 32-bit over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Stable 64-bit hex hash (two FNV-1a 32-bit lanes) of any JSON-like value, e.g. a coverage job's cells, grid and
 * options: equal inputs give equal hashes across runs and machines, key order does not matter.
 */
export function stableHash(value: unknown): string {
  const text = `frekvensplan-coverage-v${COVERAGE_ENGINE_VERSION}:${canonicalJson(value)}`;
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
}

/** Stable 64-bit hex hash (two FNV-1a 32-bit lanes) of a string, e.g. JSON a caller has already made canonical. */
export function hashText(text: string): string {
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
}

/** Hash of a coverage job's inputs (CoverageInput-shaped: cells, grid, options, optional extra loss). */
export function coverageInputHash(input: {
  cells: unknown;
  grid: unknown;
  options?: unknown;
  extraLossDb?: unknown;
}): string {
  const extra = Array.isArray(input.extraLossDb)
    ? input.extraLossDb.map((a: unknown) => (ArrayBuffer.isView(a) ? stableHash(a) : null))
    : null;
  return stableHash({ cells: input.cells, grid: input.grid, options: input.options ?? {}, extra });
}
