/**
 * What Frekvensplan reads from an untrusted file, at most. One table so the README, the workers, the CLI's
 * child process and the fuzz tests name the same numbers.
 */
export const IMPORT_LIMITS = {
  /** A GeoJSON, KML or CSV file, in bytes. */
  maxTextBytes: 100 * 1024 * 1024,
  /** A KMZ archive, in bytes. */
  maxKmzBytes: 50 * 1024 * 1024,
  /** Everything unpacked from one KMZ, in bytes. */
  maxUnzippedBytes: 100 * 1024 * 1024,
  /** Unpacked size over packed size of one KMZ entry; KML text packs about 5–20 ×, a zip bomb 1000 × and more. */
  maxZipRatio: 200,
  /** A GeoTIFF elevation model, in bytes. */
  maxGeoTiffBytes: 1024 * 1024 * 1024,
  /** A project file, in bytes. */
  maxProjectBytes: 200 * 1024 * 1024,
  /** Positions in one imported file. */
  maxPositions: 5_000_000,
  /** Objects (features, placemarks, CSV rows) in one imported file. */
  maxObjects: 500_000,
  /** Nesting of GeometryCollections, KML MultiGeometry, Folders and Documents. */
  maxNestingDepth: 32,
  /** Time a parse may take before it is stopped, in ms. */
  parseTimeoutMs: 60_000,
  /** Heap a parse in a child process may use, in MB. */
  parseMemoryMb: 2048,
} as const;

/** Size in MB with one decimal, for messages. */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
