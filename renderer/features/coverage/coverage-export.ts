import { rasterToGeoTiff } from '../../../core/coverage';
import { reportExport, saveExport } from '../../app/save-export';
import type { CoverageResult } from '../../state/coverage-state';
import { appStore } from '../../state/store';

function baseName(): string {
  const name = appStore.getState().project.meta.name.trim() || 'frekvensplan';
  return name.replace(/[\\/:*?"<>|]+/g, '_');
}

/** The result's polygons as a GeoJSON FeatureCollection (WGS84): one contour per RSRP threshold, then the gaps. */
export function coveragePolygonsGeoJson(result: CoverageResult): string {
  const features = [
    ...result.contours
      .filter((c) => c.geometry)
      .map((c) => ({
        type: 'Feature',
        properties: { kind: 'coverage', rsrpThresholdDbm: c.levelDbm, rxHeightM: result.settings.rxHeightM },
        geometry: c.geometry,
      })),
    ...(result.gaps
      ? [
          {
            type: 'Feature',
            properties: {
              kind: 'gap',
              rsrpBelowDbm: Math.min(result.settings.goodDbm, result.settings.edgeDbm),
              rxHeightM: result.settings.rxHeightM,
            },
            geometry: result.gaps,
          },
        ]
      : []),
  ];
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Asks where first (inside the click), then builds the bytes and writes them (renderer/app/save-export.ts). */
async function save(suggestedName: string, mimeType: string, build: () => Uint8Array): Promise<void> {
  reportExport(await saveExport({ suggestedName, mimeType, build }), 'coverage.exported');
}

/** "Eksportér raster (GeoTIFF)": RSRP in dBm per RE as Float32 EPSG:25832 (rasterToGeoTiff). */
export function exportCoverageGeoTiff(result: CoverageResult): Promise<void> {
  return save(`${baseName()}-rsrp-${result.settings.resolutionM}m.tif`, 'image/tiff', () =>
    rasterToGeoTiff(result.raster.rsrpDbm, result.raster.grid),
  );
}

/** "Eksportér dækningspolygoner (GeoJSON)": contours at the thresholds and the gaps. */
export function exportCoveragePolygons(result: CoverageResult): Promise<void> {
  return save(`${baseName()}-daekning.geojson`, 'application/geo+json', () =>
    new TextEncoder().encode(coveragePolygonsGeoJson(result)),
  );
}
