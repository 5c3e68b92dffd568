import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neighbourLandFromBasemap } from '../../../../core/geo/neighbours';

describe('neighbourLandFromBasemap', () => {
  it('groups the generated basemap polygons of Sweden and Germany, leaving Denmark out', () => {
    const basemap = JSON.parse(readFileSync(join(__dirname, '../../../../data/basemap/denmark-land.json'), 'utf8'));
    const land = neighbourLandFromBasemap(basemap);
    expect(land.map((l) => l.country).sort()).toEqual(['DE', 'SE']);
    for (const l of land) expect(l.polygons.length).toBeGreaterThan(0);
  });

  it('ignores features without a known country or geometry', () => {
    expect(
      neighbourLandFromBasemap({
        features: [
          { properties: { a3: 'NOR' }, geometry: { type: 'Polygon', coordinates: [] } },
          { properties: null, geometry: null },
        ],
      }),
    ).toEqual([]);
  });
});
