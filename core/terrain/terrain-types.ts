import type { UtmPoint } from './profile';

// Shared by terrain-loss (one link) and radial-sweep (the grid), so neither imports the other.

export type DiffractionMethod = 'deygout' | 'bullington';

/** A terminal: EPSG:25832 position in m and antenna height above the local ground in m. */
export interface TerrainTerminal extends UtmPoint {
  antennaHeightM: number;
}

export interface TerrainLossOptions {
  /** Receiver (UE) antenna height above ground, m. */
  rxHeightM: number;
  fcGHz: number;
  /** Default 'bullington' (ITU-R P.526-15 §4.5.1, as P.452/P.1812 use it). */
  method?: DiffractionMethod;
  /** Effective-Earth-radius factor, default 4/3. */
  kFactor?: number;
}
