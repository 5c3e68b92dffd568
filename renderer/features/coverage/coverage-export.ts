import { rasterToGeoTiff } from '../../../core/coverage';
import { host } from '../../host';
import { translator } from '../../i18n';
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

async function save(suggestedName: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  const store = appStore.getState();
  const t = translator(store.lang);
  try {
    const saved = await host.exportFile({ suggestedName, bytes, mimeType });
    if (saved.ok) store.showToast(t('coverage.exported', { name: saved.name }));
    else if (!saved.canceled)
      store.openDialog({ kind: 'error', message: t('coverage.exportError', { message: saved.message }) });
  } catch (error) {
    store.openDialog({ kind: 'error', message: t('coverage.exportError', { message: String(error) }) });
  }
}

/** "Eksportér raster (GeoTIFF)": RSRP in dBm per RE as Float32 EPSG:25832 (rasterToGeoTiff). */
export function exportCoverageGeoTiff(result: CoverageResult): Promise<void> {
  const bytes = rasterToGeoTiff(result.raster.rsrpDbm, result.raster.grid);
  return save(`${baseName()}-rsrp-${result.settings.resolutionM}m.tif`, bytes, 'image/tiff');
}

/** "Eksportér dækningspolygoner (GeoJSON)": contours at the thresholds and the gaps. */
export function exportCoveragePolygons(result: CoverageResult): Promise<void> {
  const bytes = new TextEncoder().encode(coveragePolygonsGeoJson(result));
  return save(`${baseName()}-daekning.geojson`, bytes, 'application/geo+json');
}
