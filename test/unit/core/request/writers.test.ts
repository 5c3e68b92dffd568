import UPNG from '@pdf-lib/upng';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requestFonts } from '../../../../cli/request-fonts';
import { buildRequestDocument, requestChecklistToPdf, requestToDocx, requestToPdf } from '../../../../core/request';
import { landFromBasemap } from '../../../../core/request/land';
import { crc32, encodePngRgb } from '../../../../core/request/raster/png';
import { pdfSafe, xmlSafe } from '../../../../core/request/sanitize';
import { hasPdftotext, pdfText } from '../../../helpers/pdftotext';
import { sampleDraft, termsProfile, tunedSampleProject } from './fixtures';

const fonts = requestFonts();

/** The decompressed page content streams of a PDF (FlateDecode), to read its operators. */
function contentStreams(bytes: Uint8Array): string {
  const raw = strFromU8(bytes, true);
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(strFromU8(unzlibSync(bytes.subarray(start, end)), true));
    } catch {
      // Font programs and images are not content streams.
    }
  }
  return out.join('\n');
}
const land = landFromBasemap(
  JSON.parse(readFileSync(join(__dirname, '../../../../data/basemap/denmark-land.json'), 'utf8')),
);
const project = tunedSampleProject();
const doc = (lang: 'da' | 'en', markDraft = false, overrides = {}) =>
  buildRequestDocument({
    project,
    profile: termsProfile('dk-tt-2021'),
    draft: { ...sampleDraft, ...overrides },
    lang,
    markDraft,
    land,
    coverage: 'compute',
  });
const da = doc('da');
const daPdf = requestToPdf(da, fonts);
const hasPdfinfo = hasPdftotext();
const info = (bytes: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), 'fp-pdf-')), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
};

describe('PDF writer', () => {
  it('writes deterministic bytes (metadata from the request date)', async () => {
    const bytes = await daPdf;
    expect(strFromU8(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(await requestToPdf(da, fonts)).toEqual(bytes);
  });

  it.runIf(hasPdfinfo)('is tagged, with a title shown in the title bar and a document language', async () => {
    const bytes = await daPdf;
    const text = info(bytes);
    expect(text).toMatch(/Tagged:\s+yes/);
    expect(text).toContain('Title:           Anmodning om leje af frekvenser i 3,5 GHz-båndet til privat 5G-net');
    const raw = strFromU8(bytes, true);
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/Table/);
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toContain('/MarkInfo');
  });

  it.runIf(hasPdftotext())('embeds a font with ≥, −, æøå and ü: pdftotext reads them back', async () => {
    const text = pdfText(await daPdf).replace(/\s+/g, ' ');
    for (const expected of ['≥ −100 dBm', 'Færgehavn', 'Rudkøbing', '≤ 68 dBm', 'højde'])
      expect(text).toContain(expected);
    const de = buildRequestDocument({
      project,
      profile: termsProfile('de-bnetza-3700'),
      draft: { ...sampleDraft, frequency: { fromMHz: 3700, toMHz: 3800 } },
      lang: 'de',
      markDraft: true,
    });
    const deText = pdfText(await requestToPdf(de, fonts)).replace(/\s+/g, ' ');
    for (const expected of [
      'Gebühr',
      'Zuteilungsdauer',
      'Nutzungsberechtigung am Grundstück',
      'Fläche',
      'Höhe',
      'Außenring',
      'Gebühr = 1.000 + B · t · 5',
    ])
      expect(deText).toContain(expected);
  });

  it.runIf(hasPdftotext())('uses names and labels, never ids or enum values, where a person reads', async () => {
    const text = pdfText(await daPdf).replace(/\s+/g, ' ');
    expect(text).not.toMatch(
      /brand-rudkobing|faerge-spodsbjerg|havn-bagenkop|skole-humble|lease-udkast|fire-station|ferry-terminal|town-hall/,
    );
    expect(text).toContain('Langeland Brandvæsen, Rudkøbing (120°)');
    expect(text).toContain('Brandstation');
  });

  it.runIf(hasPdftotext())(
    'keeps advice to the requester out of the letter; the checklist is its own PDF',
    async () => {
      const letter = pdfText(await daPdf).replace(/\s+/g, ' ');
      for (const advice of ['Bekræft dem med operatøren', 'før afsendelse', 'Sænk', 'operatøren kan afvise'])
        expect(letter).not.toContain(advice);
      const checklist = pdfText(await requestChecklistToPdf(da, fonts)).replace(/\s+/g, ' ');
      expect(checklist).toContain('Tjekliste til ansøger – ikke en del af anmodningen');
      expect(checklist).toContain('Bekræft dem med operatøren eller myndigheden før afsendelse.');
    },
  );

  it.runIf(hasPdftotext())(
    'states each cell’s frequency, bandwidth, downtilt, antenna and both positions, and the power statement',
    async () => {
      const text = pdfText(await daPdf).replace(/\s+/g, ' ');
      for (const expected of [
        '3.770,0 MHz',
        '60 MHz',
        '(3.740,0–3.800,0)',
        'tilt 4,0°',
        'HPBW 65°/10°',
        'E 610.146 N 6.089.991',
        '54,94470° N 10,71960° Ø',
        'Alle 6 celler overholder effektgrænserne',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it.runIf(hasPdftotext())('repeats table headers on every page a table spans (annex A of a long ring)', async () => {
    const big = tunedSampleProject();
    const ring: [number, number][] = [];
    for (let i = 0; i < 180; i++)
      ring.push([10.75 + 0.08 * Math.cos((2 * Math.PI * i) / 180), 54.9 + 0.05 * Math.sin((2 * Math.PI * i) / 180)]);
    ring.push(ring[0]!);
    const areas = big.areas.map((a) =>
      a.id === 'lease-udkast' ? { ...a, geometry: { type: 'Polygon' as const, coordinates: [ring] } } : a,
    );
    const d = buildRequestDocument({
      project: { ...big, areas },
      profile: termsProfile('dk-tt-2021'),
      draft: sampleDraft,
      lang: 'en',
      markDraft: true,
    });
    const pages = pdfText(await requestToPdf(d, fonts)).split('\f');
    const annexPages = pages.filter((p) => /\b1\d\d\b/.test(p) && p.includes('Latitude'));
    expect(annexPages.length).toBeGreaterThanOrEqual(2);
    for (const p of annexPages) expect(p).toMatch(/Easting \(E\)/);
  });

  it.runIf(hasPdftotext())(
    'marks sample data and drafts on every page, as outlines that never mix into the text',
    async () => {
      const draft = await requestToPdf(doc('en', true), fonts);
      const text = pdfText(draft);
      expect(text).toContain('DRAFT – not for sending');
      expect(text).not.toMatch(/S\s*A\s*M\s*P\s*L\s*E\s+D\s*A\s*T\s*A/);
      const content = contentStreams(draft);
      expect((content.match(/\/Artifact BMC/g) ?? []).length).toBeGreaterThan(3);
      expect(content).toMatch(/\/P <<\s*\/MCID 0\s*>> BDC/);
    },
  );

  it.runIf(hasPdftotext())(
    'draws the map with land from the offline basemap (Langeland is land, not sea)',
    async () => {
      expect(da.map.land.some((l) => l.home && l.rings.length > 0)).toBe(true);
      const file = join(mkdtempSync(join(tmpdir(), 'fp-map-')), 'doc.pdf');
      writeFileSync(file, await daPdf);
      execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '2', '-l', '2', file, join(file, '..', 'p')]);
      const png = UPNG.decode(new Uint8Array(readFileSync(join(file, '..', 'p-2.png'))).buffer);
      const rgba = new Uint8Array(UPNG.toRGBA8(png)[0] as ArrayBuffer);
      // Count the land beige (0.96, 0.94, 0.88) pixels of the map: a map of Langeland without land has none.
      let beige = 0;
      for (let i = 0; i < rgba.length; i += 4)
        if (Math.abs(rgba[i]! - 245) < 6 && Math.abs(rgba[i + 1]! - 240) < 6 && Math.abs(rgba[i + 2]! - 224) < 10)
          beige++;
      expect(beige).toBeGreaterThan(500);
    },
  );

  it('strips characters a PDF line cannot carry and marks glyph-less ones', () => {
    expect(pdfSafe('a\u0000b\u0007c\u0085d\tE\uD800F', () => true)).toBe('abcd EF');
    expect(pdfSafe('中x', (c) => c < 0x2000)).toBe('?x');
  });

  it('writes a PDF for a requester name full of control characters', async () => {
    const nasty = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: { ...sampleDraft, requester: { ...sampleDraft.requester, name: 'Kommune\u0000\u0001\u000b\uFFFF 中' } },
      lang: 'da',
      markDraft: true,
    });
    expect(strFromU8((await requestToPdf(nasty, fonts)).subarray(0, 5))).toBe('%PDF-');
  });
});

describe('DOCX writer', () => {
  it('writes a well-formed Word document with the request, the map image and annex A', async () => {
    const files = unzipSync(await requestToDocx(doc('da', true), fonts));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(XMLValidator.validate(xml)).toBe(true);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'Anmodning om leje af frekvenser',
      'TT-Netværket P/S',
      '12345674',
      '5798000420571',
      '3.740–3.800 MHz',
      'Bilag A',
      'UDKAST',
    ])
      expect(text).toContain(expected);
    expect(xml).toContain('<w:tblHeader');
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = UPNG.decode((files[media[0]!] as Uint8Array).slice().buffer);
    expect([png.width, png.height]).toEqual([991, 600]);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Område: Udkast til lejeområde/);
  });

  it('strips characters XML 1.0 forbids, so Word can open a document with a hostile name', async () => {
    expect(xmlSafe('a\u0000b\u000bc\uFFFEd\u0009e')).toBe('abcd\u0009e');
    const nasty = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: {
        ...sampleDraft,
        purpose: 'Formål\u0000\u0008\u001f med <tags> & "citater"',
        requester: { ...sampleDraft.requester, name: 'K\u0001ommune' },
      },
      lang: 'da',
      markDraft: true,
    });
    const xml = strFromU8(unzipSync(await requestToDocx(nasty, fonts))['word/document.xml'] as Uint8Array);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Formål med &lt;tags&gt; &amp;');
  });

  it('gives the same bytes for the map image as the CLI would (pure core rasteriser)', async () => {
    const a = unzipSync(await requestToDocx(da, fonts));
    const b = unzipSync(await requestToDocx(da, fonts));
    const name = Object.keys(a).find((f) => f.startsWith('word/media/'))!;
    expect(a[name]).toEqual(b[name]);
  });
});

describe('PNG encoder', () => {
  it('CRC-32 of "IEND" is AE426082 (PNG spec)', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });

  it('round-trips pixels through an independent decoder', () => {
    const rgb = new Uint8Array(7 * 5 * 3).map((_, i) => (i * 37) % 256);
    const png = encodePngRgb(7, 5, rgb);
    const decoded = UPNG.decode(png.slice().buffer);
    const rgba = new Uint8Array(UPNG.toRGBA8(decoded)[0] as ArrayBuffer);
    for (let i = 0; i < 35; i++)
      expect([rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]]).toEqual([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]]);
  });
});
