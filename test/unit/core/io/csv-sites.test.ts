import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsvSites } from '../../../../core/io/csv-sites';
import { decodeText } from '../../../../core/io/text-decode';
import { parseLocaleNumber } from '../../../../core/io/csv-parse';
import { wgs84ToUtm32 } from '../../../../core/geo/projection';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Encodes text as Windows-1252 (only Latin-1 letters needed here). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('importCsvSites', () => {
  it('reads a Danish Excel export: semicolons, decimal commas, Windows-1252, æøå', () => {
    const csv =
      'Navn;Bredde;Længde;Højde (m)\r\nRudkøbing Rådhus;54,9395;10,7140;20\r\nÆrøskøbing Vandværk;54,8880;10,4110;18,5\r\n';
    const result = importCsvSites(cp1252(csv), { file: 'sites.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { data, layout, summary } = result.value;
    expect(layout).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimalComma: true });
    expect(data.sites.map((s) => s.name)).toEqual(['Rudkøbing Rådhus', 'Ærøskøbing Vandværk']);
    expect(data.sites[1]).toMatchObject({ lat: 54.888, lon: 10.411, antennaHeightM: 18.5 });
    expect(summary.crs).toBe('EPSG:4326');
  });

  it('reads the site kind as the app names it in Danish or English, and says which kinds exist otherwise', () => {
    const csv =
      'Navn;Bredde;Længde;Type\nA;54,9;10,7;Havn\nB;54,9;10,8;vandværk\nC;54,9;10,9;Fire station\nD;55,0;10,7;ferry-terminal\nE;55,0;10,8;Fyrtårn\n';
    const result = importCsvSites(cp1252(csv), { file: 'sites.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.sites.map((s) => s.kind)).toEqual([
      'harbour',
      'water-works',
      'fire-station',
      'ferry-terminal',
      'other',
    ]);
    const warnings = result.warnings.map((w) => w.message.da);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'Typen "Fyrtårn" kendes ikke; importeres som "Andet". Kendte typer: brandstation, havn',
    );
  });

  it('reads an English UTF-8 file with a BOM and quoted names', () => {
    const csv =
      '\uFEFFname,latitude,longitude\n"Spodsbjerg Ferry, Langeland",54.9308,10.8290\n"Quoted ""mast""",55.0,10.9\n';
    const result = importCsvSites(utf8(csv));
    expect(result.ok && result.value.data.sites.map((s) => s.name)).toEqual([
      'Spodsbjerg Ferry, Langeland',
      'Quoted "mast"',
    ]);
    expect(result.ok && result.value.layout.encoding).toBe('utf-8');
  });

  it('reads EPSG:25832 easting/northing and converts to WGS84', () => {
    const [e, n] = wgs84ToUtm32([10.714, 54.9395]);
    const csv = `navn\tøst\tnord\nRådhus\t${e.toFixed(2).replace('.', ',')}\t${n.toFixed(2).replace('.', ',')}\n`;
    const result = importCsvSites(utf8(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.summary.crs).toBe('EPSG:25832');
    expect(result.value.data.sites[0]?.lon).toBeCloseTo(10.714, 6);
    expect(result.value.data.sites[0]?.lat).toBeCloseTo(54.9395, 6);
  });

  it('imports the good rows and lists the bad ones, located by line and column (issue 13)', () => {
    const csv = 'navn;lat;lon\nA;55,1;10,7\nB;ikke-et-tal;10,7\nC;55,2;\n';
    const result = importCsvSites(utf8(csv), { file: 'bad.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.sites.map((s) => s.name)).toEqual(['A']);
    expect(result.value.skipped.map((r) => [r.line, r.cells, r.problems.map((p) => p.path)])).toEqual([
      [3, ['B', 'ikke-et-tal', '10,7'], ['lat']],
      [4, ['C', '55,2', ''], ['lon']],
    ]);
    const first = result.value.skipped[0]?.problems[0];
    expect(first?.message.da).toBe('"ikke-et-tal" er ikke et tal.');
    expect(first?.file).toBe('bad.csv');
  });

  it('fails as a whole when no row is good, listing every row', () => {
    const result = importCsvSites(utf8('navn;lat;lon\nB;x;10,7\nC;55,2;\n'), { file: 'bad.csv' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.line, p.path])).toEqual([
        [2, 'lat'],
        [3, 'lon'],
      ]);
  });

  it('checks rows against the project schema instead of clamping: height, notes, coordinates (D1)', () => {
    const long = 'x'.repeat(5001);
    const csv = `navn;lat;lon;højde;noter\nOK;55,1;10,7;30;\nHøj;55,1;10,7;1000000000;\nLang;55,1;10,7;30;${long}\nNegativ;55,1;10,7;-5;\n`;
    const result = importCsvSites(utf8(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.sites.map((s) => [s.name, s.antennaHeightM])).toEqual([['OK', 30]]);
    expect(result.value.skipped.map((r) => [r.line, r.problems.map((p) => `${p.path}: ${p.message.en}`)])).toEqual([
      [3, ['højde: Must be at most 300.']],
      [4, ['noter: Must be at most 5000 characters.']],
      [5, ['højde: Must be at least 0.']],
    ]);
  });

  it('refuses EPSG:25832 coordinates that do not project, e.g. 1e300', () => {
    const result = importCsvSites(utf8('navn;øst;nord\nA;609408;6089412\nB;1e300;1e300\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.sites).toHaveLength(1);
    expect(result.value.skipped[0]?.problems[0]?.message.en).toContain('not a valid EPSG:25832 position');
  });

  it('strips the apostrophe a formula-safe export put before =, +, -, @ (so exports round-trip)', () => {
    const result = importCsvSites(utf8("navn;lat;lon;noter\n'=Mast;55,1;10,7;'-2 m\n"));
    expect(result.ok && result.value.data.sites[0]).toMatchObject({ name: '=Mast', notes: '-2 m' });
  });

  it('asks for a column mapping when columns are not recognised, and accepts one', () => {
    const csv = 'Sted;A;B\nMast 1;55,1;10,7\n';
    const unmapped = importCsvSites(utf8(csv));
    expect(!unmapped.ok && unmapped.problems[0]?.hint?.en).toContain('column-mapping');
    const mapped = importCsvSites(utf8(csv), { mapping: { name: 0, lat: 1, lon: 2 } });
    expect(mapped.ok && mapped.value.data.sites[0]).toMatchObject({ name: 'Mast 1', lat: 55.1, lon: 10.7 });
  });

  it('warns about swapped coordinates and points outside Denmark', () => {
    const result = importCsvSites(utf8('name,lat,lon\nSwapped,10.7,54.9\n'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings[0]?.hint?.en).toContain('swapped');
  });

  it.each([
    ['', 'The file is empty.'],
    ['navn;lat;lon\n', 'only a header line'],
    ['navn;lat;lon\n"Åben;55;10\n', 'never closed'],
  ])('explains %j', (csv, message) => {
    const result = importCsvSites(utf8(csv));
    expect(!result.ok && result.problems[0]?.message.en).toContain(message);
  });

  it('imports 200 sites from a generated sheet', () => {
    const lines = ['navn;bredde;længde'];
    for (let i = 0; i < 200; i++)
      lines.push(`Site ${i};${(54.8 + i / 1000).toFixed(4).replace('.', ',')};${(10.7).toFixed(1).replace('.', ',')}`);
    const result = importCsvSites(utf8(lines.join('\r\n')));
    expect(result.ok && result.value.data.sites.length).toBe(200);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void importCsvSites(bytes)),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void importCsvSites(utf8(text))),
      { numRuns: 400 },
    );
  });
});

describe('text decoding and numbers', () => {
  it('falls back to Windows-1252 for invalid UTF-8 and maps the euro sign', () => {
    expect(decodeText(Uint8Array.from([0x80, 0xe6, 0xf8, 0xe5]))).toEqual({ text: '€æøå', encoding: 'windows-1252' });
    expect(decodeText(utf8('æøå'))).toEqual({ text: 'æøå', encoding: 'utf-8' });
  });

  it('reads Danish and English number formats', () => {
    expect(parseLocaleNumber('1.234,5', true)).toBe(1234.5);
    expect(parseLocaleNumber('55,123', true)).toBe(55.123);
    expect(parseLocaleNumber('1,234.5', false)).toBe(1234.5);
    expect(parseLocaleNumber('-10.5', false)).toBe(-10.5);
    expect(parseLocaleNumber('abc', false)).toBeNull();
    expect(parseLocaleNumber('', true)).toBeNull();
  });
});
