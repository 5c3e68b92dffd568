/**
 * A static packed R-tree over axis-aligned boxes (minX, minY, maxX, maxY), built once in O(n log n) by
 * sorting on box centres (Sort-Tile-Recursive) and queried without recursion. Small and allocation-light,
 * for the segment boxes of the self-intersection check.
 */
export class BoxIndex {
  private readonly nodeSize: number;
  /** Box coordinates of every node, leaves first: 4 numbers per node. */
  private readonly boxes: Float64Array;
  /** For a leaf: the item index; for an inner node: the index of its first child node. */
  private readonly refs: Uint32Array;
  /** Start node index of each level, leaves at 0, plus the total count at the end. */
  private readonly levelStarts: number[];

  /** Builds the index over `count` boxes given as a flat [minX, minY, maxX, maxY, …] array. */
  constructor(flat: Float64Array, count: number, nodeSize = 16) {
    this.nodeSize = nodeSize;
    const order = strOrder(flat, count, nodeSize);
    const nodes: number[] = [];
    const refs: number[] = [];
    for (const item of order) {
      nodes.push(flat[item * 4]!, flat[item * 4 + 1]!, flat[item * 4 + 2]!, flat[item * 4 + 3]!);
      refs.push(item);
    }
    this.levelStarts = [0];
    let levelStart = 0;
    let levelEnd = count;
    while (levelEnd - levelStart > 1) {
      this.levelStarts.push(levelEnd);
      for (let first = levelStart; first < levelEnd; first += nodeSize) {
        const last = Math.min(first + nodeSize, levelEnd);
        let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
        for (let n = first; n < last; n++) {
          minX = Math.min(minX, nodes[n * 4]!);
          minY = Math.min(minY, nodes[n * 4 + 1]!);
          maxX = Math.max(maxX, nodes[n * 4 + 2]!);
          maxY = Math.max(maxY, nodes[n * 4 + 3]!);
        }
        nodes.push(minX, minY, maxX, maxY);
        refs.push(first);
      }
      [levelStart, levelEnd] = [levelEnd, nodes.length / 4];
    }
    this.levelStarts.push(nodes.length / 4);
    this.boxes = Float64Array.from(nodes);
    this.refs = Uint32Array.from(refs);
  }

  /** Calls `visit` with every item whose box overlaps (or touches) the query box; stops when it returns true. */
  search(minX: number, minY: number, maxX: number, maxY: number, visit: (item: number) => boolean): boolean {
    const total = this.levelStarts[this.levelStarts.length - 1]!;
    if (total === 0) return false;
    const stack: number[] = [total - 1];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const b = node * 4;
      if (this.boxes[b]! > maxX || this.boxes[b + 1]! > maxY || this.boxes[b + 2]! < minX || this.boxes[b + 3]! < minY)
        continue;
      if (node < this.levelStarts[1]!) {
        if (visit(this.refs[node]!)) return true;
        continue;
      }
      const level = this.levelStarts.findIndex((start, i) => node >= start && node < this.levelStarts[i + 1]!);
      const first = this.refs[node]!;
      const end = Math.min(first + this.nodeSize, this.levelStarts[level]!);
      for (let child = first; child < end; child++) stack.push(child);
    }
    return false;
  }
}

/** Sort-Tile-Recursive order: slices by centre x, each slice sorted by centre y. */
function strOrder(flat: Float64Array, count: number, nodeSize: number): number[] {
  const cx = (i: number) => flat[i * 4]! + flat[i * 4 + 2]!;
  const cy = (i: number) => flat[i * 4 + 1]! + flat[i * 4 + 3]!;
  const byX = Array.from({ length: count }, (_, i) => i).sort((a, b) => cx(a) - cx(b));
  const leaves = Math.ceil(count / nodeSize);
  const sliceSize = nodeSize * Math.ceil(Math.sqrt(leaves));
  const out: number[] = [];
  for (let start = 0; start < count; start += sliceSize) {
    const slice = byX.slice(start, start + sliceSize).sort((a, b) => cy(a) - cy(b));
    for (const item of slice) out.push(item);
  }
  return out;
}
