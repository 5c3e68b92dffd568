import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when GDAL's ogrinfo is installed (.ci/run installs gdal-bin). */
export function hasOgrinfo(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to a temp file named `name` and returns the total feature count GDAL reads from it. */
export function ogrFeatureCount(name: string, text: string): number {
  const file = join(mkdtempSync(join(tmpdir(), 'frekvensplan-ogr-')), name);
  writeFileSync(file, text);
  const out = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
  return [...out.matchAll(/Feature Count: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

/**
 * Total area in km² of the polygons in a GeoJSON text as GDAL measures it in EPSG:25832: `ogr2ogr -t_srs EPSG:25832`
 * into a GeoPackage, then `ogrinfo -dialect SQLite -sql "SELECT SUM(ST_Area(geom)) …"`.
 */
export function ogrAreaKm2Epsg25832(geojsonText: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-ogr-'));
  const input = join(dir, 'in.geojson');
  const output = join(dir, 'out.gpkg');
  writeFileSync(input, geojsonText);
  execFileSync(
    'ogr2ogr',
    [
      '-f',
      'GPKG',
      '-t_srs',
      'EPSG:25832',
      '-where',
      "OGR_GEOMETRY IN ('POLYGON','MULTIPOLYGON')",
      output,
      input,
      '-nln',
      'area',
    ],
    { stdio: 'ignore' },
  );
  const out = execFileSync(
    'ogrinfo',
    ['-q', '-dialect', 'SQLite', '-sql', 'SELECT SUM(ST_Area(geom)) AS a FROM area', output],
    { encoding: 'utf8' },
  );
  const match = /a \(Real\) = ([\d.e+-]+)/.exec(out);
  if (!match) throw new Error(`ogrinfo gave no area: ${out}`);
  return Number(match[1]) / 1e6;
}
