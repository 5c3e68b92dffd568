import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LISTED_BAD_ROWS,
  parseMeasurementsCsv,
  type ParsedMeasurements,
} from '../../../../core/calibration/measurements-csv';
import { utm32ToWgs84, wgs84ToUtm32 } from '../../../../core/geo/projection';
import type { Result } from '../../../../core/project/problem';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
function value(result: Result<ParsedMeasurements>): ParsedMeasurements {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('parseMeasurementsCsv', () => {
  it('reads a Danish drone log: semicolons, decimal comma, Danish headers, Windows-1252, height, cell and time', () => {
    const csv =
      'Bredde;Længde;RSRP (dBm);Højde (m);Celle;Tidspunkt\r\n' +
      '54,9447;10,7300;-84,5;120;brand-rudkobing-a;2026-05-01T10:00:00Z\r\n' +
      '54,9450;10,7310;-91;1,5;;2026-05-01T10:00:01Z\r\n';
    const { set, layout, badRowCount } = value(parseMeasurementsCsv(cp1252(csv), { file: 'drone.csv' }));
    expect(layout).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimalComma: true, crs: 'EPSG:4326' });
    expect(layout.mapping).toEqual({ lat: 0, lon: 1, rsrpDbm: 2, heightM: 3, cellId: 4, time: 5 });
    expect(badRowCount).toBe(0);
    expect(set.count).toBe(2);
    const [e, n] = wgs84ToUtm32([10.73, 54.9447]);
    expect(set.e[0]).toBeCloseTo(e, 3);
    expect(set.n[0]).toBeCloseTo(n, 3);
    expect(Array.from(set.rsrpDbm)).toEqual([-84.5, -91]);
    expect(Array.from(set.heightM)).toEqual([120, 1.5]);
    expect(Array.from(set.cell)).toEqual([0, -1]);
    expect(set.cellIds).toEqual(['brand-rudkobing-a']);
    expect(Array.from(set.line)).toEqual([2, 3]);
    expect(set.timeRange).toEqual({ first: '2026-05-01T10:00:00Z', last: '2026-05-01T10:00:01Z' });
  });

  it('reads an English comma-separated EPSG:25832 file without height (height NaN → the caller default)', () => {
    const csv = 'easting,northing,rsrp_dbm,cell_id\n610145.9,6089990.9,-77.25,c1\n611000,6090500,-95,c2\n';
    const { set, layout } = value(parseMeasurementsCsv(utf8(csv)));
    expect(layout).toMatchObject({ delimiter: ',', decimalComma: false, crs: 'EPSG:25832' });
    expect(Array.from(set.e)).toEqual([610145.9, 611000]);
    expect(Array.from(set.n)).toEqual([6089990.9, 6090500]);
    expect(Array.from(set.rsrpDbm)).toEqual([-77.25, -95]);
    expect(Number.isNaN(set.heightM[0])).toBe(true);
    expect(set.cellIds).toEqual(['c1', 'c2']);
    expect(set.timeRange).toBeNull();
  });

  it('locates every bad row by line and column with a bilingual hint, and keeps the good rows', () => {
    const csv = [
      'lat;lon;rsrp;hoejde',
      '54,94;10,72;-80;1,5', // 2 good
      '54,94;abc;-80;1,5', // 3 lon not a number
      '54,94;10,72;85;1,5', // 4 positive RSRP
      '10,72;54,94;-80;1,5', // 5 swapped
      '54,94;10,72;-80;-30', // 6 height below ground
      '54,94;10,72;;1,5', // 7 empty RSRP
      '54,94;10,72;-300;1,5', // 8 implausible RSRP
      '54,95;10,73;-99,5;', // 9 good, no height
    ].join('\n');
    const { set, badRows, badRowCount, layout } = value(parseMeasurementsCsv(utf8(csv), { file: 'drive.csv' }));
    expect(layout.dataRows).toBe(8);
    expect(set.count).toBe(2);
    expect(Array.from(set.line)).toEqual([2, 9]);
    expect(badRowCount).toBe(6);
    expect(badRows.map((p) => [p.line, p.path])).toEqual([
      [3, 'lon'],
      [4, 'rsrp'],
      [5, ''],
      [6, 'hoejde'],
      [7, 'rsrp'],
      [8, 'rsrp'],
    ]);
    for (const p of badRows) {
      expect(p.file).toBe('drive.csv');
      expect(p.message.da).not.toBe(p.message.en);
    }
    expect(badRows[0]?.message.en).toBe('"abc" is not a number.');
    expect(badRows[1]?.hint?.en).toMatch(/minus sign/);
    expect(badRows[1]?.hint?.da).toMatch(/minustegnet/);
    expect(badRows[2]?.hint?.en).toMatch(/swapped/);
    expect(badRows[3]?.hint?.en).toMatch(/above ground/);
    expect(badRows[4]?.message.en).toBe('The field is empty.');
  });

  it('lists at most MAX_LISTED_BAD_ROWS bad rows but counts them all', () => {
    const rows = Array.from({ length: 700 }, (_, i) => (i % 2 ? '54.9,10.7,-80' : '54.9,10.7,x'));
    const parsed = value(parseMeasurementsCsv(utf8(['lat,lon,rsrp', ...rows].join('\n'))));
    expect(parsed.badRowCount).toBe(350);
    expect(parsed.badRows).toHaveLength(Math.min(350, MAX_LISTED_BAD_ROWS));
    expect(parsed.set.count).toBe(350);
  });

  it('refuses a file it cannot read as measurements, naming the line and what to do', () => {
    const fail = (text: string, options = {}) => {
      const r = parseMeasurementsCsv(utf8(text), options);
      if (r.ok) throw new Error('expected problems');
      return r.problems[0]!;
    };
    expect(fail('   ').message.en).toBe('The file is empty.');
    const missing = fail('lat;lon;value\n54,9;10,7;-80\n');
    expect(missing).toMatchObject({ line: 1, message: { en: 'Columns missing: RSRP.' } });
    expect(missing.hint?.da).toMatch(/første linje/i);
    expect(fail('rsrp\n-80\n').message.en).toMatch(/lat\/lon/);
    expect(fail('lat;lon;rsrp\n').message.en).toBe('The file has only a header line.');
    expect(fail('lat;lon;rsrp\n54,9;10,7;-80\n54,9;"10,7;-80\n54,9;10,7;-80\n').line).toBe(3);
    const tooMany = fail('lat;lon;rsrp\n' + '54,9;10,7;-80\n'.repeat(11), { maxRows: 10 });
    expect(tooMany.message.en).toMatch(/more than 10 data rows/);
  });

  it('keeps line numbers right across the ~1 MB chunks, with a quoted multi-line field spanning a chunk border', () => {
    const row = '54.94,10.72,-80.5,"a note, with a comma"\n';
    const count = Math.ceil((1 << 20) / row.length) + 50;
    const rows = Array.from({ length: count }, () => row);
    const border = Math.floor((1 << 20) / row.length) - 1;
    rows[border] = '54.94,10.72,-81.5,"starts here\n\nand ends here"\n';
    rows[count - 1] = '54.94,10.72,x,late bad row\n';
    const parsed = value(parseMeasurementsCsv(utf8(`lat,lon,rsrp,note\n${rows.join('')}`)));
    expect(parsed.set.count).toBe(count - 1);
    expect(parsed.set.rsrpDbm[border]).toBe(-81.5);
    expect(parsed.set.line[border]).toBe(border + 2);
    expect(parsed.set.line[border + 1]).toBe(border + 5);
    // The last row's line: header + count rows + the two extra line breaks inside the quoted field.
    expect(parsed.badRows[0]?.line).toBe(count + 1 + 2);
  });

  it('uses an explicit column mapping and a faster decoder when given', () => {
    const [lon, lat] = utm32ToWgs84([612000, 6090000]);
    const csv = `a|b|c\n${lat}|${lon}|-70\n`;
    let decoded = false;
    const { set } = value(
      parseMeasurementsCsv(utf8(csv), {
        mapping: { lat: 0, lon: 1, rsrpDbm: 2 },
        decode: (bytes) => ((decoded = true), { text: new TextDecoder().decode(bytes), encoding: 'utf-8' }),
      }),
    );
    expect(decoded).toBe(true);
    expect(set.e[0]).toBeCloseTo(612000, 3);
  });

  it('never throws on random bytes or text; what it accepts has finite values', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void parseMeasurementsCsv(bytes)),
      { numRuns: 300 },
    );
    const cell = fc.constantFrom('54,9', '10,7', '-80', '-80,5', '1,5', 'x', '', '"', '600000', '6090000', 'c1');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }), (rows) => {
        const text = ['lat;lon;rsrp;hoejde;celle', ...rows.map((r) => r.join(';'))].join('\n');
        const r = parseMeasurementsCsv(utf8(text));
        if (!r.ok) return;
        const { set } = r.value;
        for (let i = 0; i < set.count; i++) {
          expect(Number.isFinite(set.e[i])).toBe(true);
          expect(set.rsrpDbm[i]).toBeLessThanOrEqual(-20);
        }
      }),
      { numRuns: 300 },
    );
  });
});
