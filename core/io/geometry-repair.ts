import type { Position } from '../project/schema';

/** Signed planar area of a lon/lat ring (counter-clockwise positive); only the sign is used. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    sum += (xj - xi) * (yj + yi);
  }
  return sum / 2;
}

/** Returns a copy of the ring closed (first = last); `closed` says whether it had to be closed. */
export function closeRing(ring: readonly Position[]): { ring: Position[]; closed: boolean } {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1])
    return { ring: ring.map((p) => [p[0], p[1]]), closed: false };
  return { ring: [...ring.map((p): Position => [p[0], p[1]]), [first?.[0] ?? 0, first?.[1] ?? 0]], closed: true };
}

/** Orients a polygon's rings by the RFC 7946 right-hand rule: outer counter-clockwise, holes clockwise. */
export function rewindPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = index === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

export { firstSelfIntersection } from './self-intersection';
