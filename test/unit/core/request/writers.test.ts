import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRequestDocument, requestToDocx, requestToPdf } from '../../../../core/request';
import { toWinAnsi } from '../../../../core/request/pdf/win-ansi';
import { hasPdftotext, pdfText } from '../../../helpers/pdftotext';
import { sampleDraft, sampleProject, termsProfile } from './fixtures';

const project = sampleProject();
const doc = (lang: 'da' | 'en', markDraft = false) =>
  buildRequestDocument({ project, profile: termsProfile('dk-tt-2021'), draft: sampleDraft, lang, markDraft });

describe('PDF writer', () => {
  it('writes a PDF with deterministic metadata', async () => {
    const bytes = await requestToPdf(doc('da'));
    expect(strFromU8(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(await requestToPdf(doc('da'))).toEqual(bytes);
  });

  it.runIf(hasPdftotext())('pdftotext finds the key fields of the Danish request', async () => {
    const text = pdfText(await requestToPdf(doc('da')));
    for (const expected of [
      'Anmodning om leje af frekvenser til privat 5G-net',
      'TT-Netværket P/S',
      'Langeland Kommune',
      '12345674',
      '3.740–3.800 MHz',
      '60 MHz',
      '01.01.2027 – 31.12.2031',
      'Udlejningsforpligtelsens periode sluttede 31.05.2025',
      'frivillig kommerciel anmodning',
      'Prisen er ikke offentliggjort',
      'Bilag A: Koordinatliste for lejeområdet',
      'Spodsbjerg Færgehavn',
      'km²',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(text).not.toContain('UDKAST');
  });

  it.runIf(hasPdftotext())('marks a draft and writes English on request', async () => {
    const text = pdfText(await requestToPdf(doc('en', true)));
    expect(text).toContain('DRAFT');
    expect(text.replace(/\s+/g, ' ')).toContain('Request to lease spectrum for a private 5G network');
    expect(text).toContain('Annex A');
  });

  it('maps characters the standard fonts cannot encode', () => {
    expect(toWinAnsi('EIRP ≤ 68 dBm − 3 dB → ok; æøå € µ')).toBe('EIRP <= 68 dBm - 3 dB -> ok; æøå € µ');
    expect(toWinAnsi('中')).toBe('?');
  });
});

describe('DOCX writer', () => {
  it('writes a well-formed Word document with the request content', async () => {
    const files = unzipSync(await requestToDocx(doc('da', true)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(XMLValidator.validate(xml)).toBe(true);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'Anmodning om leje af frekvenser til privat 5G-net',
      'TT-Netværket P/S',
      '12345674',
      '3.740–3.800 MHz',
      'Bilag A',
      'UDKAST',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
