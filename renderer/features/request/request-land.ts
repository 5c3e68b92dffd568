import { useEffect, useState } from 'react';
import type { NeighbourLand } from '../../../core/coverage/border-field';
import { landFromBasemap } from '../../../core/request/land';
import { loadLandPolygons } from '../../map/basemaps';

let land: Promise<NeighbourLand[]> | null = null;

/** The offline basemap's land by country (loaded once, the same objects every time so core's projections cache). */
export function requestLand(): Promise<NeighbourLand[]> {
  land ??= loadLandPolygons()
    .then(landFromBasemap)
    .catch(() => []);
  return land;
}

/** The land once loaded (null before): border fields and the foreign-land check in the live preview. */
export function useRequestLand(): NeighbourLand[] | null {
  const [value, setValue] = useState<NeighbourLand[] | null>(null);
  useEffect(() => {
    let alive = true;
    void requestLand().then((l) => alive && setValue(l));
    return () => {
      alive = false;
    };
  }, []);
  return value;
}
